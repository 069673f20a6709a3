using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Today;

/// <summary>Where the film can be watched at home: only what film.json lists, on the home and press pages.</summary>
public class WhereToWatch
{
    private const string TwoOffers = """[{ "service": "Example Stream", "url": "https://example.org/watch", "kind": "stream" }, { "service": "Example Library", "url": "https://example.org/licence" }]""";

    [Theory]
    [InlineData(Pages.Home)]
    [InlineData(Pages.Press)]
    public async Task ListsEachOfferWithItsKind(string page)
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(watchAt: TwoOffers));
        await using var site = new SiteFactory(content.Path);

        var section = (await site.CreateClient().GetDocumentAsync(page)).Section("Watch at home");

        Assert.Equal(["Example Stream (stream)", "Example Library"], section.QuerySelectorAll("li").Select(li => li.ReadableText()));
        Assert.Equal(["https://example.org/watch", "https://example.org/licence"], section.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData(Pages.Home)]
    [InlineData(Pages.Press)]
    public async Task TheRepositorysContentListsNone(string page)
    {
        await using var site = new SiteFactory();

        var document = await site.CreateClient().GetDocumentAsync(page);

        Assert.Null(document.GetElementById("watch-title"));
    }

    [Theory]
    [InlineData("""[{ "service": "Example", "url": "http://example.org/watch" }]""", "https://")]
    [InlineData("""[{ "service": "Example", "url": "https://example.org/watch", "kind": "lend" }]""", "\"educational licence\"")]
    [InlineData("""[{ "service": " ", "url": "https://example.org/watch" }]""", "")]
    public void RefusesAnOfferThatIsNotSafeOrNotKnown(string watchAt, string advice)
    {
        using var content = TempContentFolder.CopyOfReal();
        var text = ContentText.Film(watchAt: watchAt);

        var problem = content.SingleProblemWith(ContentFiles.Film, text);

        Assert.Equal(content.DisplayNameOf(ContentFiles.Film), problem.File);
        Assert.Contains(advice, problem.Message, StringComparison.Ordinal);
        Assert.Equal(ContentText.LineOf(text, "\"watchAt\""), problem.Line);
    }
}
