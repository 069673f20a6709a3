using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Controllers;

/// <summary>
/// The home page's first screen offers what fits the day: tickets for what shows now or next (the theater's ticket
/// page when staff gave one, else the run's page, worded for now or coming), the trailer and watching at home when
/// the content has them, each leading to its place on the page; nothing when there is nothing to offer.
/// </summary>
public sealed class FirstScreenActions : IDisposable
{
    private readonly TempContentFolder _content = TempContentFolder.CopyOfReal();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task DuringAnEngagementWithATicketPageItOffersItsTickets()
    {
        _content.With(ContentFiles.TheatricalRun, ContentText.Run(
            """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-08" }""",
            """{ "theater": "IFC Center", "start": "2012-12-28", "end": "2013-01-10", "tickets": "https://tickets.example/ifc" }"""));

        var button = await PrimaryAsync("2012-12-30 12:00");

        Assert.Equal(("Tickets at IFC Center", "https://tickets.example/ifc"), (button?.ReadableText(), button?.GetAttribute("href")));
    }

    [Theory]
    [InlineData("2012-12-30 12:00", "Now showing at IFC Center")]
    [InlineData("2012-07-20 12:00", "Coming to IFC Center on July 27")]
    public async Task WithoutATicketPageItLeadsToTheRunSayingWhatIsOn(string day, string label)
    {
        var button = await PrimaryAsync(day);

        Assert.Equal((label, "/theatrical-run"), (button?.ReadableText(), button?.GetAttribute("href")));
    }

    [Fact]
    public async Task AfterTheRunWithNeitherTrailerNorOffersItOffersNothing()
    {
        await using var site = SiteOnADay.At("2026-11-26 12:00", _content.Path);

        var hero = (await site.CreateClient().GetDocumentAsync(Pages.Home)).QuerySelector("header.hero")!;

        Assert.Null(hero.QuerySelector(".hero__actions"));
    }

    [Fact]
    public async Task TheTrailerAndWatchingAtHomeLeadToTheirSections()
    {
        _content.With(ContentFiles.Film, ContentText.Film(
            trailer: """{ "youtubeId": "AAAAAAAAAAA" }""",
            watchAt: """[{ "service": "A service", "url": "https://watch.example/film" }]"""));
        await using var site = SiteOnADay.At("2026-11-26 12:00", _content.Path);

        var document = await site.CreateClient().GetDocumentAsync(Pages.Home);

        var actions = document.QuerySelectorAll(".hero__actions a").Select(a => (a.ReadableText(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Play the trailer", "#trailer-title"), ("Watch at home", "#watch-title")], actions);
        Assert.Equal("Trailer", document.GetElementById("trailer-title")?.ReadableText());
        Assert.Equal("Watch at home", document.GetElementById("watch-title")?.ReadableText());
    }

    private async Task<AngleSharp.Dom.IElement?> PrimaryAsync(string day)
    {
        await using var site = SiteOnADay.At(day, _content.Path);
        return (await site.CreateClient().GetDocumentAsync(Pages.Home)).QuerySelector("header.hero a.button--primary");
    }
}
