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
    public async Task CreditsTheDirector()
    {
        var credits = (await site.CreateClient().GetDocumentAsync(Pages.Press)).Section("Credits");

        Assert.Equal("Alison Klayman", credits.Describe("Director").ReadableText());
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
    public async Task LinksToTheDirectorsStatement()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.Press);

        Assert.NotEmpty(document.QuerySelectorAll($"main a[href='{Pages.DirectorsStatement}']"));
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
