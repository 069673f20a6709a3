using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Models;

namespace NeverSorry.Tests.Integration.Controllers;

public class PressPage(RealSite site)
{
    [Fact]
    public async Task ShowsTheFactSheet()
    {
        var facts = (await site.CreateClient().GetDocumentAsync(Pages.Press)).Section("Fact sheet");

        Assert.Equal("Ai Weiwei: Never Sorry", facts.Describe("Title").ReadableText());
        Assert.Equal("2012", facts.Describe("Year").ReadableText());
        Assert.Equal("Biographical Documentary", facts.Describe("Genre").ReadableText());
        Assert.Equal("R for some language", facts.Describe("Rated").ReadableText());
        Assert.Equal("Sundance Selects", facts.Describe("Distributor").ReadableText());
        Assert.Equal("Alison Klayman", facts.Describe("Director").ReadableText());
        var opened = facts.Describe("Opened");
        Assert.Equal("2012-07-27", opened.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Contains("Limited", opened.ReadableText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreditsTheDirectorAndNoRoleWithoutAName()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.Press);

        Assert.Equal(["Director"], document.Section("Credits").QuerySelectorAll("dt").Select(dt => dt.ReadableText()));
        Assert.Equal("Alison Klayman", document.Section("Credits").Describe("Director").ReadableText());
        // The seed's roles whose names are not known yet.
        Assert.DoesNotContain("Executive Producer", document.Body!.ReadableText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Production Company", document.Body!.ReadableText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsTheTenFestivalSelections()
    {
        var festivals = (await site.CreateClient().GetDocumentAsync(Pages.Press)).Section("Festival selections");

        var items = festivals.QuerySelectorAll("li").Select(li => li.ReadableText()).ToList();
        Assert.Equal(10, items.Count);
        Assert.All(items, item => Assert.StartsWith("2012 ", item, StringComparison.Ordinal));
        Assert.Contains("2012 Internationale Filmfestspiele Berlin", items);
    }

    [Fact]
    public async Task GivesTheStillsCaptionAndCreditLine()
    {
        var still = (await site.CreateClient().GetDocumentAsync(Pages.Press)).Section("Production still");

        var descriptions = still.QuerySelectorAll("dd").Select(dd => dd.ReadableText()).ToList();
        Assert.Contains("Ai Weiwei in a scene from Alison Klayman’s AI WEIWEI: NEVER SORRY.", descriptions);
        Assert.Contains("Photo Courtesy of Never Sorry LLC", descriptions);
    }

    [Fact]
    public async Task ShowsTheDirectorsStatementInFullSignedAndLinksToItsPage()
    {
        var client = site.CreateClient();
        var statement = (await client.GetDocumentAsync(Pages.Press)).Section("Director’s statement");
        var ownPage = await client.GetDocumentAsync(Pages.DirectorsStatement);

        var paragraphs = statement.QuerySelectorAll(".prose p").Select(p => p.ReadableText()).ToList();
        Assert.Equal(4, paragraphs.Count);
        Assert.Equal(ownPage.QuerySelectorAll("main .prose p").Select(p => p.ReadableText()), paragraphs);
        Assert.StartsWith("The reason I wanted to make a film about Ai Weiwei", paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("— Alison Klayman, Director", statement.QuerySelector(".press-statement__by")!.ReadableText());
        Assert.NotNull(statement.QuerySelector($"a[href='{Pages.DirectorsStatement}']"));
    }

    [Fact]
    public async Task WithoutPicturesOrAContactTheFirstBoxListsTheKitsSections()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.Press);
        var kit = document.QuerySelector("main .kit")!;

        // The press notes are made in the background for any content: once made, the box offers them too.
        Assert.Equal(["In this kit"], kit.QuerySelectorAll("h2").Select(h2 => h2.ReadableText()).Where(h => h != "Downloads"));
        Assert.Empty(kit.QuerySelectorAll("address"));
        Assert.All(kit.QuerySelectorAll("a[download]"), a => Assert.Equal("/pictures/press-notes.pdf", a.GetAttribute("href")));
        Assert.Equal(["Facts", "Synopsis", "Statement", "Credits", "Festivals", "Still"], kit.QuerySelectorAll("a:not([download])").Select(a => a.ReadableText()));
        Assert.All(kit.QuerySelectorAll("a:not([download])"), a => Assert.Equal("H2", document.QuerySelector(a.GetAttribute("href")!)?.TagName));
    }

    [Fact]
    public async Task LeavesOutWhatTheContentDoesNotGive()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.Press);

        var headings = document.QuerySelectorAll("main h2").Select(h2 => h2.ReadableText()).Where(h => h != "Downloads").ToList();
        Assert.Equal(["In this kit", "Fact sheet", "Synopsis", "Director’s statement", "Credits", "Festival selections", "Laurels", "Production still"], headings);
        var terms = document.Section("Fact sheet").QuerySelectorAll("dt").Select(dt => dt.ReadableText()).ToList();
        Assert.Equal(["Title", "Year", "Genre", "Rated", "Opened", "Distributor", "Director"], terms);
        // Every section says something beyond its heading.
        Assert.All(document.QuerySelectorAll("main section"), section =>
            Assert.True(section.ReadableText().Length > section.QuerySelector("h2")!.ReadableText().Length + 10, $"The section '{section.QuerySelector("h2")!.ReadableText()}' is empty."));
    }

    [Fact]
    public async Task ItsDescriptionSaysItIsThePressKit()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.Press);

        var description = document.QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.StartsWith("The press kit for Ai Weiwei: Never Sorry (2012)", description, StringComparison.Ordinal);
        Assert.Contains("press notes, pictures, the press contact", description, StringComparison.Ordinal);
        Assert.Equal(description, document.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task WithoutPicturesLoadsNoScript()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.Press);

        Assert.Empty(document.QuerySelectorAll("script[src], main button"));
    }

    [Fact]
    public async Task NeverShowsACreditWithoutAName()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(credits: """
            [
              { "role": "Director", "name": "Alison Klayman" },
              { "role": "Executive Producer", "name": "" },
              { "role": "Contributing Producer" },
              { "role": "Production Company", "name": "   " }
            ]
            """));
        await using var variant = new SiteFactory(content.Path);

        var document = await variant.CreateClient().GetDocumentAsync(Pages.Press);

        Assert.Equal(["Director"], document.Section("Credits").QuerySelectorAll("dt").Select(dt => dt.ReadableText()));
        var text = document.Body!.ReadableText();
        Assert.DoesNotContain("Executive Producer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Contributing Producer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Production Company", text, StringComparison.Ordinal);
        Assert.DoesNotContain("", document.QuerySelectorAll("dd").Select(dd => dd.ReadableText()));
    }

    [Fact]
    public async Task ShowsNoEmptyCreditListWhenNoCreditHasAName()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(credits: """
            [{ "role": "Executive Producer", "name": "" }, { "role": "Contributing Producer" }]
            """));
        await using var variant = new SiteFactory(content.Path);

        var document = await variant.CreateClient().GetDocumentAsync(Pages.Press);

        var empty = document.QuerySelectorAll("main dl, main ul, main ol").Where(list => list.Children.Length == 0).Select(list => $"<{list.LocalName} class=\"{list.ClassName}\">").ToList();
        Assert.True(empty.Count == 0, $"Empty lists on /press: {string.Join(", ", empty)}");
    }
}
