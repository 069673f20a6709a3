using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Export;

namespace NeverSorry.Tests.Integration.Site;

/// <summary>
/// No response sets a cookie: the site keeps nothing per visitor or per instance, so any number of
/// instances can run behind a load balancer, and a CDN may share every answer between visitors.
/// </summary>
public class Statelessness(LiveSiteWithBaseUrl site) : IClassFixture<LiveSiteWithBaseUrl>
{
    private const string StylesheetUrl = "stylesheet";

    public static TheoryData<string> Urls() =>
        new([.. Pages.All, Pages.NotFound, "/robots.txt", "/sitemap.xml", "/healthz", "/favicon.svg", "/error/500", StylesheetUrl]);

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task NoResponseSetsACookie(string url)
    {
        var client = site.CreatePlainClient();
        if (url == StylesheetUrl)
        {
            var home = await client.GetDocumentAsync(Pages.Home);
            url = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        }

        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            using var request = new HttpRequestMessage(method, url);
            request.Headers.AcceptEncoding.ParseAdd("br");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

            Assert.False(response.Headers.Contains("Set-Cookie"), $"{method} {url} ({(int)response.StatusCode}) set a cookie: {string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [])}");
        }
    }
}
