using AngleSharp.Dom;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Integration.Controllers;

namespace NeverSorry.Tests.Integration.Today;

/// <summary>
/// The real content seen on days before, during and after an engagement: each page says what a moviegoer can
/// see on that day, in the right tense. The clock is faked; "today" is New York's (the default Site:TimeZone).
/// </summary>
public class PagesOnTheDay
{
    [Fact]
    public async Task TheWeekBeforeTheOpeningTheHomePageSaysWhatIsComingFirst()
    {
        await using var site = SiteOnADay.At("2012-07-20 12:00");

        var hero = await Hero(site);

        var now = Assert.Single(hero.QuerySelectorAll(".now-showing"));
        Assert.Equal(
            "Coming to IFC Center on July 27, 2012, to Lincoln Plaza on July 27, 2012 and to Playhouse 7 on August 3, 2012. 4 more engagements are showing or coming. Where and when to see it",
            now.ReadableText());
        Assert.NotNull(now.QuerySelector("a[href='/theatrical-run']"));
        Assert.True(now.CompareDocumentPosition(hero.QuerySelector(".hero__release")!).HasFlag(DocumentPositions.Following));
        Assert.Equal("A Sundance Selects release, in theaters from July 27, 2012.", hero.QuerySelector(".hero__release")!.ReadableText());
    }

    [Fact]
    public async Task DuringTheHolidayEngagementTheHomePageSaysItIsShowingUntilItCloses()
    {
        await using var site = SiteOnADay.At("2012-12-30 12:00");

        var now = Assert.Single((await Hero(site)).QuerySelectorAll(".now-showing"));

        Assert.Equal("Now showing at IFC Center until January 10, 2013. Where and when to see it", now.ReadableText());
    }

    [Fact]
    public async Task LongAfterTheRunTheHomePageReadsAsHistory()
    {
        await using var site = SiteOnADay.At("2026-11-26 12:00");

        var hero = await Hero(site);

        Assert.Empty(hero.QuerySelectorAll(".now-showing"));
        Assert.Equal("A Sundance Selects release, first in theaters on July 27, 2012.", hero.QuerySelector(".hero__release")!.ReadableText());
        Assert.DoesNotContain("In theaters July 27, 2012", hero.ReadableText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuringTheHolidayEngagementTheRunPageListsItFirstAndSpeaksOfTheRestAsPast()
    {
        await using var site = SiteOnADay.At("2012-12-30 12:00");
        var document = await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun);

        var showing = Assert.Single(document.QuerySelectorAll("main li.showing"));
        Assert.Equal(("IFC Center", "Now showing until January 10, 2013"), (showing.QuerySelector("h3")!.ReadableText(), showing.QuerySelector(".showing__when")!.ReadableText()));
        Assert.True(showing.CompareDocumentPosition(document.QuerySelector("main table")!).HasFlag(DocumentPositions.Following));
        Assert.Equal(EngagementTable.Expected.Take(6), EngagementTable.Rows(Assert.Single(document.QuerySelectorAll("main table"))));
        Assert.Equal(
            "Ai Weiwei: Never Sorry opened in a limited release on July 27, 2012; its last engagement runs through January 10, 2013.",
            document.QuerySelector("h1 ~ p.lede")!.ReadableText());
        Assert.Equal("Now showing at IFC Center until January 10, 2013. Where and when to see it", document.QuerySelector("main .now-showing")!.ReadableText());
    }

    [Fact]
    public async Task BeforeTheOpeningTheRunPageSpeaksOfTheFuture()
    {
        await using var site = SiteOnADay.At("2012-07-01 12:00");
        var document = await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun);

        Assert.Empty(document.QuerySelectorAll("main table"));
        Assert.Equal(
            EngagementTable.Expected.Select(row => (row.Theater, (string?)row.Opening, (string?)row.Closing)),
            document.QuerySelectorAll("main li.showing").Select(li => (
                li.QuerySelector("h3")!.ReadableText(),
                li.QuerySelectorAll(".showing__when time")[0].GetAttribute("datetime"),
                li.QuerySelectorAll(".showing__when time")[1].GetAttribute("datetime"))));
        Assert.Equal(
            "Ai Weiwei: Never Sorry opens in a limited release on July 27, 2012; its last engagement will run through January 10, 2013.",
            document.QuerySelector("h1 ~ p.lede")!.ReadableText());
    }

    [Fact]
    public async Task AfterTheRunTheRunPageSpeaksOfThePast()
    {
        await using var site = SiteOnADay.At("2013-01-11 00:00");
        var document = await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun);

        Assert.Empty(document.QuerySelectorAll("main .now-showing"));
        Assert.Equal(
            "Ai Weiwei: Never Sorry opened in a limited release on July 27, 2012 and played its last engagement through January 10, 2013.",
            document.QuerySelector("h1 ~ p.lede")!.ReadableText());
    }

    [Fact]
    public async Task DuringTheHolidayEngagementItsScreeningEventComesFirstAndEveryOneIsScheduled()
    {
        await using var site = SiteOnADay.At("2012-12-30 12:00");

        var graph = JsonLd.Of(await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun));

        SchemaOrg.AssertValid(graph);
        var events = graph.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Equal(("IFC Center", "2012-12-28", "2013-01-10"),
            (events[0].GetProperty("location").GetProperty("name").GetString(), events[0].GetProperty("startDate").GetString(), events[0].GetProperty("endDate").GetString()));
        Assert.Equal(7, events.Count);
        Assert.All(events, e => Assert.Equal("https://schema.org/EventScheduled", e.GetProperty("eventStatus").GetString()));
    }

    private static async Task<IElement> Hero(SiteOnADay site) =>
        (await site.CreateClient().GetDocumentAsync(Pages.Home)).QuerySelector("header.hero")!;
}
