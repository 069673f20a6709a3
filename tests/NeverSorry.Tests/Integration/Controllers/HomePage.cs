using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Models;

namespace NeverSorry.Tests.Integration.Controllers;

public class HomePage(RealSite site)
{
    private static readonly string[] s_festivals =
    [
        "Sundance Film Festival",
        "Miami International Film Festival",
        "Internationale Filmfestspiele Berlin",
        "True/False Film Festival",
        "Full Frame Documentary Film Festival",
        "Human Rights Film Festival",
        "San Francisco International Film Festival",
        "Hot Docs Film Festival",
        "Independent Film Festival Boston",
        "Doxa Documentary Film Festival",
    ];

    [Fact]
    public async Task NamesTheFilmAndItsYearInItsHeading()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.Home);

        Assert.Equal("Ai Weiwei: Never Sorry (2012)", document.QuerySelector("h1")!.ReadableText());
    }

    [Fact]
    public async Task ShowsTheKeyFacts()
    {
        var facts = (await site.CreateClient().GetDocumentAsync(Pages.Home)).Section("The film at a glance");

        Assert.Equal("Biographical Documentary", facts.Describe("Genre").ReadableText());
        Assert.Equal("R for some language", facts.Describe("Rated").ReadableText());
        Assert.Equal("Sundance Selects", facts.Describe("Distributor").ReadableText());
        Assert.Equal("Alison Klayman", facts.Describe("Director").ReadableText());
        var opened = facts.Describe("Opened");
        Assert.Equal("2012-07-27", Assert.Single(opened.QuerySelectorAll("time")).GetAttribute("datetime"));
        Assert.Equal("July 27, 2012 (Limited)", opened.ReadableText());
    }

    [Fact]
    public async Task ShowsTheOpeningDateAsATimeElement()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.Home);

        var hero = document.QuerySelector("h1")!.ParentElement!;
        Assert.Equal("July 27, 2012", hero.QuerySelector("time[datetime='2012-07-27']")?.ReadableText());
    }

    [Fact]
    public async Task ShowsTheSynopsisInItsTwoParagraphs()
    {
        var synopsis = (await site.CreateClient().GetDocumentAsync(Pages.Home)).Section("Synopsis");

        var paragraphs = synopsis.QuerySelectorAll("p").Select(p => p.ReadableText()).ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("Named by ArtReview as the most powerful artist in the world, Ai Weiwei", paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("becoming an underground hero to millions of Chinese citizens.", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("First-time director Alison Klayman gained unprecedented access", paragraphs[1], StringComparison.Ordinal);
        Assert.EndsWith("blurs the boundaries of art and politics.", paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsTheTenFestivalSelectionsOf2012()
    {
        var festivals = (await site.CreateClient().GetDocumentAsync(Pages.Home)).Section("Festival selections");

        Assert.Equal(s_festivals.Select(name => $"2012 {name}"), festivals.QuerySelectorAll("li").Select(li => li.ReadableText()));
    }

    /// <summary>Every engagement is over: the home page sums the run up and leaves the list to /theatrical-run.</summary>
    [Fact]
    public async Task SumsUpTheRunAndLinksToEveryEngagement()
    {
        var run = (await site.CreateClient().GetDocumentAsync(Pages.Home)).Section("In theaters");

        Assert.Equal(
            "The film played 7 engagements at 6 theaters, from July 27, 2012 to January 10, 2013 (196 screen days).",
            run.QuerySelector(".run-past")!.ReadableText());
        Assert.Empty(run.QuerySelectorAll("table, li"));
        Assert.NotNull(run.QuerySelector($"a[href='{Pages.TheatricalRun}']"));
    }

    [Theory]
    [InlineData(Pages.TheatricalRun)]
    [InlineData(Pages.DirectorsStatement)]
    [InlineData(Pages.Press)]
    public async Task LinksToTheOtherPagesFromItsText(string page)
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.Home);

        Assert.NotEmpty(document.QuerySelectorAll($"main a[href='{page}']"));
    }

    [Fact]
    public async Task ShowsNoLinkListWhenTheFilmHasNoLinksAndNoTrailer()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film());
        await using var variant = new SiteFactory(content.Path);

        var facts = (await variant.CreateClient().GetDocumentAsync(Pages.Home)).Section("The film at a glance");

        Assert.Empty(facts.QuerySelectorAll("ul, ol"));
        Assert.Empty(facts.QuerySelectorAll("a"));
    }

    [Fact]
    public async Task ListsTheFilmsWebsitesUnderItsFacts()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(
            links: """[{ "label": "Home", "url": "https://example.org/" }, { "label": "Facebook", "url": "https://example.org/facebook" }]""",
            trailer: """{ "youtubeId": "AbCdEfGhIjK" }"""));
        await using var variant = new SiteFactory(content.Path);

        var facts = (await variant.CreateClient().GetDocumentAsync(Pages.Home)).Section("The film at a glance");

        var links = facts.QuerySelectorAll("li a").Select(a => (a.GetAttribute("href"), a.ReadableText())).ToList();
        Assert.Equal([("https://example.org/", "Home"), ("https://example.org/facebook", "Facebook")], links);
    }

    [Fact]
    public async Task ShowsTheTrailerAsALinkToTheVideoAndLoadsItsScript()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(trailer: """{ "youtubeId": "AbCdEfGhIjK" }"""));
        await using var variant = new SiteFactory(content.Path);

        var document = await variant.CreateClient().GetDocumentAsync(Pages.Home);

        var link = Assert.Single(document.Section("Trailer").QuerySelectorAll("a"));
        Assert.Equal("https://www.youtube.com/watch?v=AbCdEfGhIjK", link.GetAttribute("href"));
        Assert.Contains("trailer", link.ReadableText(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(document.QuerySelectorAll("iframe, video"));
        var script = Assert.Single(document.QuerySelectorAll("script[src]"));
        Assert.Matches(@"^/js/trailer\.[a-z0-9]+\.js$", script.GetAttribute("src"));
        Assert.True(script.HasAttribute("defer"), "The trailer's script should not hold up the page: defer it.");
    }

    [Fact]
    public async Task WithoutATrailerHasNoTrailerSectionAndNoScript()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.Home);

        Assert.DoesNotContain(document.QuerySelectorAll("h2"), h2 => h2.ReadableText() == "Trailer");
        Assert.Empty(document.QuerySelectorAll("script[src]"));
    }
}
