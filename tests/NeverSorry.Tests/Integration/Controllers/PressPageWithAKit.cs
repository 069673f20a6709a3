using AngleSharp.Dom;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Controllers;

/// <summary>/press with a press kit at its fullest (<see cref="PressContent"/>): every section, in a press kit's order.</summary>
public class PressPageWithAKit(PressSite press) : IClassFixture<PressSite>
{
    [Fact]
    public async Task ShowsEverySectionInAPressKitsOrder()
    {
        var page = await PageAsync();

        Assert.Equal(
            ["Downloads", "Press contact", "In this kit", "Fact sheet", "Reviews", "Synopsis", "Director’s statement", "Biographies", "Credits", "Festival selections", "Laurels", "Stills and poster", "Press contacts"],
            page.QuerySelectorAll("main h2").Select(h2 => h2.ReadableText()));
        // Each entry of the kit's contents leads to a heading of the page.
        var anchors = page.QuerySelectorAll(".kit__toc a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(9, anchors.Count);
        Assert.All(anchors, href => Assert.Equal("H2", page.QuerySelector(href)?.TagName));
    }

    [Fact]
    public async Task TheFirstBoxOffersThePicturesAndTheFirstContact()
    {
        var kit = (await PageAsync()).QuerySelector(".kit")!;

        var zip = kit.QuerySelector("a[href='/pictures/stills.zip']")!;
        Assert.Matches(@"^Download all 3 pictures \(ZIP, \d+\.\d MB\)$", zip.ReadableText());
        Assert.Equal("ai-weiwei-never-sorry-stills.zip", zip.GetAttribute("download"));
        Assert.Equal($"{PublicSite.BaseUrl}/pictures/stills.zip", zip.GetAttribute("data-address"));

        var contact = kit.QuerySelector("address.contact")!;
        Assert.Equal($"{PressContent.ContactName}, Publicist Example Press Office · United States {PressContent.ContactEmail} {PressContent.ContactPhone}", contact.ReadableText());
        Assert.Equal(PressContent.ContactEmail, contact.QuerySelector($"a[href='mailto:{PressContent.ContactEmail}']")?.ReadableText());
        Assert.Equal(PressContent.ContactPhone, contact.QuerySelector($"a[href='{PressContent.ContactTel}']")?.ReadableText());
        Assert.Single(kit.QuerySelectorAll("address"));
        Assert.Equal("All 2 press contacts", kit.QuerySelector("a[href='#contacts-title']")?.ReadableText());
    }

    [Fact]
    public async Task TheFirstBoxOffersThePressNotes()
    {
        var kit = (await PageAsync()).QuerySelector(".kit")!;

        var notes = kit.QuerySelector("a[href='/pictures/press-notes.pdf']");
        Assert.True(notes is not null, "The first box offers no press notes.");
        Assert.Matches(@"^Press notes \(PDF, \d+(\.\d)? (KB|MB)\)$", notes.ReadableText());
        Assert.Equal("ai-weiwei-never-sorry-press-notes.pdf", notes.GetAttribute("download"));
    }

    [Fact]
    public async Task TheFactSheetGivesRunningTimeCountriesLanguagesSubtitlesAndFormat()
    {
        var facts = (await PageAsync()).Section("Fact sheet");

        Assert.Equal(
            ["Title", "Year", "Running time", "Country", "Languages", "Subtitles", "Format", "Genre", "Rated", "Opened", "Distributor", "Director"],
            facts.QuerySelectorAll("dt").Select(dt => dt.ReadableText()));
        Assert.Equal("91 minutes", facts.Describe("Running time").ReadableText());
        Assert.Equal("United States", facts.Describe("Country").ReadableText());
        Assert.Equal("Mandarin, English", facts.Describe("Languages").ReadableText());
        Assert.Equal("English", facts.Describe("Subtitles").ReadableText());
        Assert.Equal("DCP, color, 1.78:1", facts.Describe("Format").ReadableText());
    }

    [Fact]
    public async Task QuotesNameTheirPublicationAuthorDateAndReview()
    {
        var quotes = (await PageAsync()).Section("Reviews").QuerySelectorAll("figure.quote");

        Assert.Equal(2, quotes.Length);
        Assert.Equal($"“{PressContent.FirstQuote}”", quotes[0].QuerySelector("blockquote")!.ReadableText());
        Assert.Equal(PressContent.QuoteUrl, quotes[0].QuerySelector("blockquote")!.GetAttribute("cite"));
        Assert.Equal("— The Example Review, A. Tester, July 26, 2012", quotes[0].QuerySelector("figcaption")!.ReadableText());
        Assert.Equal(PressContent.QuoteUrl, quotes[0].QuerySelector("figcaption cite a")?.GetAttribute("href"));
        Assert.Equal("2012-07-26", quotes[0].QuerySelector("figcaption time")?.GetAttribute("datetime"));
        Assert.Equal("— Example Weekly", quotes[1].QuerySelector("figcaption")!.ReadableText());
        Assert.Equal("Example Weekly", quotes[1].QuerySelector("figcaption cite")!.ReadableText());
        Assert.Null(quotes[1].QuerySelector("a"));
        Assert.False(quotes[1].QuerySelector("blockquote")!.HasAttribute("cite"));
    }

    [Fact]
    public async Task BiographiesPutTheDirectorFirst()
    {
        var bios = (await PageAsync()).Section("Biographies").QuerySelectorAll("article.bio");

        Assert.Equal(["Alison Klayman", "Ai Weiwei"], bios.Select(b => b.QuerySelector("h3")!.ReadableText()));
        Assert.Equal(["Director", "Subject"], bios.Select(b => b.QuerySelector(".bio__role")!.ReadableText()));
        Assert.Equal(["A test biography of the director.", "Its second paragraph."], bios[0].QuerySelectorAll(".prose p").Select(p => p.ReadableText()));
        Assert.Equal("bio-alison-klayman", bios[0].QuerySelector("h3")!.Id);
        Assert.Equal(SmartQuotes.Apply("A test biography of the film's subject."), bios[1].QuerySelector(".prose p")!.ReadableText());
    }

    [Fact]
    public async Task CreditsOnlyTheRolesWithAName()
    {
        var page = await PageAsync();

        Assert.Equal(["Director", "Test Producer"], page.Section("Credits").QuerySelectorAll("dt").Select(dt => dt.ReadableText()));
        Assert.DoesNotContain(PressContent.UnnamedRole, page.Body!.ReadableText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachPictureIsLabelledByItsOwnCaptionWithItsCreditAsText()
    {
        var page = await PageAsync();
        var figures = page.Section("Stills and poster").QuerySelectorAll(".gallery figure");

        Assert.Equal(
            ["Poster", SmartQuotes.Apply(PictureContent.StillCaption), PressContent.SecondStillCaption],
            figures.Select(f => page.GetElementById(f.GetAttribute("aria-labelledby")!)?.ReadableText()));
        Assert.All(figures, f => Assert.Equal("FIGCAPTION", page.GetElementById(f.GetAttribute("aria-labelledby")!)!.ParentElement!.TagName));
        Assert.Equal(["Photo Courtesy of Never Sorry LLC", PressContent.SecondStillCredit], figures.SelectMany(f => f.QuerySelectorAll(".credit")).Select(c => c.ReadableText()));
        Assert.DoesNotContain("Production still", page.Section("Stills and poster").ReadableText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCopyButtonsAreTheScriptsOnly()
    {
        var page = await PageAsync();

        Assert.Empty(page.QuerySelectorAll("main button"));
        var script = Assert.Single(page.QuerySelectorAll("head script[src]"));
        Assert.Matches(@"^/js/copy-caption\.[a-z0-9]+\.js$", script.GetAttribute("src"));
        Assert.True(script.HasAttribute("defer"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Empty(page.QuerySelectorAll("main [style]"));
    }

    [Fact]
    public async Task ListsEveryContactAtTheEnd()
    {
        var contacts = (await PageAsync()).Section("Press contacts").QuerySelectorAll("address.contact");

        Assert.Equal(2, contacts.Length);
        Assert.StartsWith(PressContent.ContactName, contacts[0].ReadableText(), StringComparison.Ordinal);
        Assert.Equal($"{PressContent.SecondContactName} Example International · International international@example.org", contacts[1].ReadableText());
        Assert.Equal("mailto:international@example.org", contacts[1].QuerySelector("a")!.GetAttribute("href"));
    }

    private async Task<IDocument> PageAsync() => await (await press.SettledClientAsync()).GetDocumentAsync(Pages.Press);
}
