using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Integration.Controllers;

namespace NeverSorry.Tests.Integration.Today;

/// <summary>
/// What a moviegoer can act on, on a day when one engagement is showing and another coming
/// (<see cref="RunWithTickets"/>): each named with its dates, city, address and a link to its tickets, on the
/// home page and on /theatrical-run; an engagement that is over offers no tickets; the past run is summed up.
/// </summary>
public sealed class EngagementsToActOn : IDisposable
{
    private const string Harbor = """{ "theater": "Harbor Theater", "start": "2027-02-01", "end": "2027-02-07" }""";
    private const string Valley = """{ "theater": "Valley Screen", "start": "2027-02-05", "end": "2027-02-11" }""";
    private const string Lakeside = """{ "theater": "Lakeside Cinema", "start": "2027-03-01", "end": "2027-03-01" }""";

    private readonly TempContentFolder _content = TempContentFolder.CopyOfReal();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task TheHomePageNamesWhatIsShowingAndWhatComesNextWithWhereWhenAndTickets()
    {
        var run = (await Page(Pages.Home, RunWithTickets.Json())).Section("In theaters");

        Assert.Equal(
            [
                new Showing("Riverside Screen, New York", "Now showing until December 25, 2026", "100 Example Street, New York, NY 10001", ("https://tickets.example.org/riverside", "Tickets for Riverside Screen")),
                new Showing("Hillside Cinema, Los Angeles", "Coming from January 8, 2027 to January 21, 2027", null, ("https://tickets.example.org/hillside", "Tickets for Hillside Cinema")),
            ],
            Showings(run));
        Assert.Empty(run.QuerySelectorAll("table"));
    }

    [Fact]
    public async Task TheHomePageFoldsThePastRunIntoItsTotalsAndALinkToTheWholeRun()
    {
        var run = (await Page(Pages.Home, RunWithTickets.Json())).Section("In theaters");

        Assert.Equal(
            "Earlier, the film played 3 engagements at 2 theaters, from July 27, 2012 to January 10, 2013 (140 screen days).",
            run.QuerySelector(".run-past")!.ReadableText());
        Assert.Equal(["2012-07-27", "2013-01-10"], run.QuerySelectorAll(".run-past time").Select(t => t.GetAttribute("datetime")));
        Assert.DoesNotContain(run.QuerySelectorAll("h3"), h3 => h3.ReadableText().StartsWith("IFC Center", StringComparison.Ordinal));
        Assert.NotNull(run.QuerySelector($"a[href='{Pages.TheatricalRun}']"));
    }

    /// <summary>The sentence once read "…until December 25, 2026.1 more engagement…": only the whole text, as read, shows a missing space.</summary>
    [Theory]
    [InlineData(Pages.Home)]
    [InlineData(Pages.TheatricalRun)]
    public async Task TheSentenceOnWhatIsShowingNamesEachEngagementWithItsSpacesIntact(string page)
    {
        var document = await Page(page, RunWithTickets.Json());

        Assert.Equal(
            "Now showing at Riverside Screen in New York until December 25, 2026. Coming to Hillside Cinema in Los Angeles on January 8, 2027. Where and when to see it",
            Assert.Single(document.QuerySelectorAll("main .now-showing")).ReadableText());
    }

    [Fact]
    public async Task WithFourEngagementsAheadTheHomePageNamesThemAll()
    {
        var run = (await Page(Pages.Home, RunWithTickets.Json(Harbor, Lakeside))).Section("In theaters");

        var showings = Showings(run);
        Assert.Equal(["Riverside Screen, New York", "Hillside Cinema, Los Angeles", "Harbor Theater", "Lakeside Cinema"], showings.Select(s => s.Theater));
        Assert.Equal("Coming on March 1, 2027", showings[3].When);
        Assert.Equal((null, null), (showings[3].Address, showings[3].Tickets));
        Assert.DoesNotContain(run.QuerySelectorAll("a"), a => a.ReadableText().StartsWith("And ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithFiveEngagementsAheadTheHomePageNamesTheFirstThreeAndLinksToTheRest()
    {
        var document = await Page(Pages.Home, RunWithTickets.Json(Harbor, Valley, Lakeside));
        var run = document.Section("In theaters");

        Assert.Equal(["Riverside Screen, New York", "Hillside Cinema, Los Angeles", "Harbor Theater"], Showings(run).Select(s => s.Theater));
        var more = Assert.Single(run.QuerySelectorAll("a"), a => a.ReadableText().StartsWith("And ", StringComparison.Ordinal));
        Assert.Equal(("And 2 more engagements showing or coming", Pages.TheatricalRun), (more.ReadableText(), more.GetAttribute("href")));
        Assert.Equal(
            "Now showing at Riverside Screen in New York until December 25, 2026. Coming to Hillside Cinema in Los Angeles on January 8, 2027 and to Harbor Theater on February 1, 2027. 2 more engagements are showing or coming. Where and when to see it",
            document.QuerySelector("main .now-showing")!.ReadableText());
    }

    [Fact]
    public async Task TheRunPageListsEveryEngagementAheadWithWhereWhenAndTickets()
    {
        var document = await Page(Pages.TheatricalRun, RunWithTickets.Json(Harbor, Valley, Lakeside));

        var showings = Showings(document.QuerySelector("main")!);
        Assert.Equal(["Riverside Screen, New York", "Hillside Cinema, Los Angeles", "Harbor Theater", "Valley Screen", "Lakeside Cinema"], showings.Select(s => s.Theater));
        Assert.Equal(
            new Showing("Riverside Screen, New York", "Now showing until December 25, 2026", "100 Example Street, New York, NY 10001", ("https://tickets.example.org/riverside", "Tickets for Riverside Screen")),
            showings[0]);
        Assert.Equal("Coming from February 1, 2027 to February 7, 2027", showings[2].When);
    }

    [Fact]
    public async Task TheRunPagesPastTableSaysWhereWhenKnownAndOffersNoTickets()
    {
        var past = Assert.Single((await Page(Pages.TheatricalRun, RunWithTickets.Json())).QuerySelectorAll("main table"));

        Assert.Equal(["Theater", "Where", "Opening day", "Closing day", "Days"], EngagementTable.Headings(past));
        Assert.Equal(["", "", "New York"], EngagementTable.Column(past, "Where").Select(cell => cell.ReadableText()));
        Assert.Empty(past.QuerySelectorAll("a"));
    }

    [Theory]
    [InlineData(Pages.Home)]
    [InlineData(Pages.TheatricalRun)]
    public async Task AnEngagementThatIsOverOffersNoTickets(string page)
    {
        var document = await Page(page, RunWithTickets.Json());

        Assert.Empty(document.QuerySelectorAll("a[href*='ifc-2012']"));
        // One per engagement ahead in the lists; the home page's first screen adds its own button for the first of them.
        Assert.Equal(2, document.QuerySelectorAll("main a[href^='https://tickets.example.org/']").Count(a => a.Closest(".hero") is null));
    }

    [Fact]
    public async Task TicketLinksAreOrdinaryLinksNamedForTheirTheater()
    {
        var document = await Page(Pages.Home, RunWithTickets.Json());

        Assert.All(document.QuerySelectorAll("main a[href^='https://tickets.example.org/']"), a =>
        {
            Assert.Null(a.GetAttribute("target"));
            Assert.Null(a.GetAttribute("aria-label"));
            // "Tickets for X" in the lists, "Tickets at X" on the first screen's button.
            Assert.Matches("^Tickets (for|at) ", a.ReadableText());
        });
    }

    [Fact]
    public async Task WhileSomethingIsShowingOrComingTheHomePageSaysSoBeforeTheFilmsFacts()
    {
        var headings = (await Page(Pages.Home, RunWithTickets.Json())).QuerySelectorAll("main h2").Select(h2 => h2.ReadableText()).ToList();

        Assert.True(headings.IndexOf("In theaters") < headings.IndexOf("The film at a glance"), string.Join(" / ", headings));
    }

    [Fact]
    public async Task WithTheRealContentTheHomePageSumsUpTheRunThatIsOver()
    {
        await using var site = SiteOnADay.At("2026-12-05 12:00");

        var document = await site.CreateClient().GetDocumentAsync(Pages.Home);

        Assert.Empty(document.QuerySelectorAll(".now-showing"));
        Assert.Equal(
            "In theaters The film played 7 engagements at 6 theaters, from July 27, 2012 to January 10, 2013 (196 screen days). The theatrical run at a glance, with totals and a timeline",
            document.Section("In theaters").ReadableText());
        var headings = document.QuerySelectorAll("main h2").Select(h2 => h2.ReadableText()).ToList();
        Assert.Equal(headings.IndexOf("Festival selections") + 1, headings.IndexOf("In theaters"));
    }

    private sealed record Showing(string Theater, string When, string? Address, (string? Href, string Name)? Tickets);

    private static List<Showing> Showings(IElement run) =>
        run.QuerySelectorAll("li.showing").Select(li => new Showing(
            li.QuerySelector("h3")!.ReadableText(),
            li.QuerySelector(".showing__when")!.ReadableText(),
            li.QuerySelector(".engagement-address")?.ReadableText(),
            li.QuerySelector("a") is { } a ? Link(a) : null)).ToList();

    private static (string? Href, string Name) Link(IElement a) => (a.GetAttribute("href"), a.ReadableText());

    private async Task<IHtmlDocument> Page(string page, string run)
    {
        _content.With(ContentFiles.TheatricalRun, run);
        await using var site = SiteOnADay.At(RunWithTickets.Today, _content.Path);
        var document = await site.CreateClient().GetDocumentAsync(page);
        // Razor's own <text> tag, written where Razor reads markup, reaches the page as an unknown element.
        Assert.DoesNotContain(document.QuerySelectorAll("text"), e => e.NamespaceUri == AngleSharp.Dom.NamespaceNames.HtmlUri);
        return document;
    }
}
