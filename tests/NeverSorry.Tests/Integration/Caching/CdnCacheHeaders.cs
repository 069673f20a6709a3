using System.Globalization;
using System.Net;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Export;

namespace NeverSorry.Tests.Integration.Caching;

/// <summary>
/// The Cache-Control a CDN honours, on every page and on robots.txt and sitemap.xml: browsers keep an answer
/// a minute, shared caches a few, both may serve it stale while they revalidate, and a CDN keeps serving it
/// while the origin fails. An edit therefore reaches every visitor within s-maxage + max-age.
/// </summary>
public class CdnCacheHeaders(LiveSiteWithBaseUrl site) : IClassFixture<LiveSiteWithBaseUrl>
{
    [Theory]
    [MemberData(nameof(ExportLayout.FoundUrls), MemberType = typeof(ExportLayout))]
    public async Task LetSharedCachesKeepTheAnswerLongerAndServeItStale(string url)
    {
        using var response = await site.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.False(cacheControl.Private || cacheControl.NoStore || cacheControl.NoCache, cacheControl.ToString());
        var browsers = cacheControl.MaxAge!.Value;
        var sharedCaches = cacheControl.SharedMaxAge!.Value;
        Assert.InRange(browsers, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        Assert.InRange(sharedCaches, browsers, TimeSpan.FromMinutes(10));
        Assert.True(Seconds(cacheControl, "stale-while-revalidate") > 0, cacheControl.ToString());
        Assert.True(Seconds(cacheControl, "stale-if-error") >= TimeSpan.FromHours(1).TotalSeconds, cacheControl.ToString());
    }

    [Fact]
    public async Task DoNotApplyToThe404Page()
    {
        using var response = await site.GetAsync(Pages.NotFound);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.CacheControl?.SharedMaxAge);
    }

    private static int Seconds(System.Net.Http.Headers.CacheControlHeaderValue cacheControl, string directive) =>
        cacheControl.Extensions.SingleOrDefault(e => e.Name == directive) is { Value: { } value }
            ? int.Parse(value, CultureInfo.InvariantCulture)
            : 0;
}
