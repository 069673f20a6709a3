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
}
