using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Today;

/// <summary>
/// Pages are rendered once per content version and day: at midnight in the site's time zone, with no content
/// change, they are rendered again, so no page says "coming" on the day an engagement opens.
/// </summary>
public class MidnightRollover
{
    [Theory]
    [InlineData(Pages.Home)]
    [InlineData(Pages.TheatricalRun)]
    public async Task ThePageChangesAtMidnightInNewYork(string page)
    {
        // 23:59 on December 27 in New York is already December 28 in UTC: the day is New York's.
        await using var site = SiteOnADay.At("2012-12-27 23:59");
        var client = site.CreateClient();

        var before = await client.GetAsync(page, TestContext.Current.CancellationToken);
        var coming = NowShowing(await before.ReadDocumentAsync());
        site.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await client.GetAsync(page, TestContext.Current.CancellationToken);

        Assert.Equal("Coming to IFC Center on December 28, 2012. Where and when to see it", coming);
        Assert.Equal("Now showing at IFC Center until January 10, 2013. Where and when to see it", NowShowing(await after.ReadDocumentAsync()));
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task TheSameDayIsServedFromTheCacheWithTheSameETag()
    {
        await using var site = SiteOnADay.At("2012-12-28 00:01");
        var client = site.CreateClient();

        var first = await client.GetAsync(Pages.Home, TestContext.Current.CancellationToken);
        site.Clock.Advance(TimeSpan.FromHours(23));
        var second = await client.GetAsync(Pages.Home, TestContext.Current.CancellationToken);

        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task AnotherTimeZoneMovesMidnight()
    {
        // 23:59 in New York is 04:59 the next day in London.
        await using var site = SiteOnADay.At("2012-12-28 04:59", settings: new Dictionary<string, string> { ["Site:TimeZone"] = "Europe/London" });

        var document = await site.CreateClient().GetDocumentAsync(Pages.Home);

        Assert.StartsWith("Now showing at IFC Center", NowShowing(document), StringComparison.Ordinal);
    }

    private static string NowShowing(AngleSharp.Dom.IDocument document) => document.QuerySelector("main .now-showing")!.ReadableText();
}
