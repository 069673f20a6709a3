using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Site;

/// <summary>
/// The HTML as tools that read it raw see it (crawlers, structured-data extractors): browsers and AngleSharp
/// decode character references, so the other tests cannot tell type="application/ld&#x2B;json" from the real thing.
/// </summary>
public class RawHtml(RealSite site)
{
    [Theory]
    [InlineData(Pages.Home)]
    [InlineData(Pages.TheatricalRun)]
    public async Task WritesTheJsonLdScriptTypeLiterally(string url)
    {
        var html = await site.CreateClient().GetStringAsync(url, TestContext.Current.CancellationToken);

        var script = Assert.Single(Html.ParseKeepingSource(html).QuerySelectorAll("script[type='application/ld+json']"));

        Assert.Equal("""<script type="application/ld+json">""", script.RawStartTag(html));
    }

    /// <summary>A type is a media type, often with a "+" (image/svg+xml), which a tag helper would re-encode.</summary>
    [Theory]
    [MemberData(nameof(Pages.UrlsAndNotFound), MemberType = typeof(Pages))]
    public async Task WritesEveryTypeAttributeLiterally(string url)
    {
        using var response = await site.CreatePlainClient().GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var typed = Html.ParseKeepingSource(html).QuerySelectorAll("[type]").ToList();

        Assert.NotEmpty(typed);
        Assert.All(typed, element => Assert.Contains($" type=\"{element.GetAttribute("type")}\"", element.RawStartTag(html), StringComparison.Ordinal));
    }

    /// <summary>With a trailer the home page has two scripts, the JSON-LD and the trailer's, both under the script tag helper's eye.</summary>
    [Fact]
    public async Task WritesEveryScriptsStartTagAsMeantWithATrailer()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(trailer: """{ "youtubeId": "AAAAAAAAAAA" }"""));
        await using var withTrailer = new SiteFactory(content.Path);
        var html = await withTrailer.CreateClient().GetStringAsync(Pages.Home, TestContext.Current.CancellationToken);

        var scripts = Html.ParseKeepingSource(html).QuerySelectorAll("script").Select(script => script.RawStartTag(html)).ToList();

        Assert.Equal(2, scripts.Count);
        Assert.Equal("""<script type="application/ld+json">""", scripts[0]);
        Assert.Matches("""^<script src="/js/trailer\.[0-9a-z]+\.js" defer>$""", scripts[1]);
    }
}
