using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Site;

/// <summary>
/// Straight quotes and apostrophes staff type in film.json, festivals.json and synopsis.md are shown typographic
/// on the pages; code, addresses and the YouTube id stay exactly as written, and so do the files and the checks'
/// messages, which quote staff's own words.
/// </summary>
public sealed class TypographicQuotes : IDisposable
{
    private const string Synopsis = """
        ---
        title: Synopsis
        description: Ai's "own" story.
        ---
        Ai Weiwei's *Sunflower Seeds*' "hundred million" seeds, and the artists' studio.

        Type `it's "raw"` to quote code, or read [the "press" page](https://example.com/it's?q="x").
        """;

    private readonly TempContentFolder _content = TempContentFolder.CopyOfReal()
        .With(ContentFiles.Film, ContentText.Film(title: "Ai Weiwei's \\\"Never Sorry\\\"", trailer: """{ "youtubeId": "AAAAAAAAAAA" }"""))
        .With(ContentFiles.Synopsis, Synopsis);

    [Fact]
    public async Task JsonTextIsShownWithTypographicQuotes()
    {
        await using var site = new SiteFactory(_content.Path);

        var client = site.CreateClient();
        var home = await client.GetDocumentAsync(Pages.Home);
        var press = await client.GetDocumentAsync(Pages.Press);

        Assert.StartsWith("Ai Weiwei’s “Never Sorry”", home.QuerySelector("main h1")!.ReadableText(), StringComparison.Ordinal);
        Assert.Contains("Ai Weiwei’s “Never Sorry”", home.Title, StringComparison.Ordinal);
        Assert.Contains("Ai Weiwei in a scene from Alison Klayman’s AI WEIWEI: NEVER SORRY.", press.Section("Production still").QuerySelectorAll("dd").Select(dd => dd.ReadableText()));
        Assert.Equal("https://www.youtube.com/watch?v=AAAAAAAAAAA", home.QuerySelector(".trailer__facade")!.GetAttribute("href"));
    }

    [Fact]
    public async Task MarkdownIsShownWithTypographicQuotesButCodeAndAddressesAreNot()
    {
        await using var site = new SiteFactory(_content.Path);

        var synopsis = (await site.CreateClient().GetDocumentAsync(Pages.Home)).Section("Synopsis");

        var paragraphs = synopsis.QuerySelectorAll("p").ToList();
        Assert.Equal("Ai Weiwei’s Sunflower Seeds’ “hundred million” seeds, and the artists’ studio.", paragraphs[0].ReadableText());
        Assert.Equal("it's \"raw\"", paragraphs[1].QuerySelector("code")!.TextContent);
        var link = paragraphs[1].QuerySelector("a")!;
        Assert.Equal("the “press” page", link.ReadableText());
        // Percent-encoded as before, never made typographic.
        Assert.Equal("https://example.com/it%27s?q=%22x%22", link.GetAttribute("href"));
    }

    [Fact]
    public void TheFilesAndTheChecksKeepWhatStaffTyped()
    {
        const string festivals = """{ "festivals": [ { "name": "Director's Fortnight", "year": 2012 }, { "name": "Director's Fortnight", "year": 2012 } ] }""";

        var problem = _content.SingleProblemWith(ContentFiles.Festivals, festivals);

        Assert.StartsWith("this festival (Director's Fortnight, 2012) is written twice", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Ai Weiwei's", File.ReadAllText(Path.Combine(_content.Path, ContentFiles.Film)), StringComparison.Ordinal);
    }

    public void Dispose() => _content.Dispose();
}
