using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Caching;

namespace NeverSorry.Tests.Integration.Controllers;

/// <summary>
/// /press draws every festival's laurel, named for screen readers, with its SVG file to download; the file
/// answers as an image under the site's headers; an award in festivals.json is drawn; a hostile festival name
/// is text in the page and in the file, never markup.
/// </summary>
public class PressLaurels(RealSite site)
{
    private const string Sundance = "/laurels/sundance-film-festival-2012.svg";

    [Fact]
    public async Task ShowsALaurelPerFestivalEachSayingOfficialSelection()
    {
        var laurels = (await site.CreateClient().GetDocumentAsync(Pages.Press)).Section("Laurels");

        var labels = laurels.QuerySelectorAll("ul.laurels > li > svg[role=img]").Select(svg => svg.GetAttribute("aria-label")).ToList();
        Assert.Equal(10, labels.Count);
        Assert.Equal("Official Selection, Sundance Film Festival 2012", labels[0]);
        Assert.Contains("Official Selection, True/False Film Festival 2012", labels);
        Assert.All(labels, label => Assert.StartsWith("Official Selection, ", label, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OffersEachLaurelAsAFileNamedForTheFilm()
    {
        var laurels = (await site.CreateClient().GetDocumentAsync(Pages.Press)).Section("Laurels");

        var links = laurels.QuerySelectorAll("li a[download]").ToList();
        Assert.Equal(10, links.Count);
        Assert.Equal(Sundance, links[0].GetAttribute("href"));
        Assert.Equal("ai-weiwei-never-sorry-laurel-sundance-film-festival-2012.svg", links[0].GetAttribute("download"));
        Assert.Equal("Download SVG: Official Selection, Sundance Film Festival 2012", links[0].GetAttribute("aria-label"));
        Assert.Equal("Download SVG", links[0].ReadableText());
        Assert.Contains("/laurels/true-false-film-festival-2012.svg", links.Select(a => a.GetAttribute("href")));
        Assert.Equal(10, links.Select(a => a.GetAttribute("href")).Distinct().Count());
    }

    [Fact]
    public async Task TheFileIsAnSvgImageUnderTheSitesHeadersAndRevalidated()
    {
        var client = site.CreateClient();

        using var response = await client.GetAsync(Sundance, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(CachePolicy.Page, response.Headers.CacheControl?.ToString());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Official Selection, Sundance Film Festival 2012", svg.Root!.Elements().First(e => e.Name.LocalName == "title").Value);
        Assert.Equal(["OFFICIAL", "SELECTION", "Sundance Film", "Festival", "2012"], svg.Descendants().Where(e => e.Name.LocalName == "text").Select(t => t.Value));

        using var again = new HttpRequestMessage(HttpMethod.Get, Sundance);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var revalidated = await client.SendAsync(again, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Theory]
    [InlineData("/laurels/no-such-festival-2012.svg")]
    [InlineData("/laurels/SUNDANCE-FILM-FESTIVAL-2012.svg")]
    [InlineData("/Laurels/sundance-film-festival-2012.svg")]
    [InlineData("/laurels/sundance-film-festival-2012.svg/")]
    [InlineData("/laurels/sundance-film-festival-2012")]
    public async Task AnyOtherAddressIsNotFound(string url)
    {
        using var response = await site.CreatePlainClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnAwardIsDrawnAndComesFirst()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Festivals, """
            {
              "festivals": [
                { "name": "Sundance Film Festival", "year": 2012 },
                { "name": "Hot Docs Film Festival", "year": 2012, "award": "Special Jury Prize" }
              ]
            }
            """);
        await using var variant = new SiteFactory(content.Path);

        var laurels = (await variant.CreateClient().GetDocumentAsync(Pages.Press)).Section("Laurels");

        var svgs = laurels.QuerySelectorAll("svg[role=img]").ToList();
        Assert.Equal(["Special Jury Prize, Hot Docs Film Festival 2012", "Official Selection, Sundance Film Festival 2012"], svgs.Select(s => s.GetAttribute("aria-label")));
        Assert.Equal("SPECIAL JURY PRIZE", Texts(svgs[0], "laurel__award"));
    }

    [Fact]
    public async Task AHostileNameIsTextInThePageAndInTheFile()
    {
        const string name = "<script>alert(\"x\")</script> & 'Friends' </text><text>Festival";
        const string award = "Best ]]> <![CDATA[ & \"Prize\"";
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Festivals, $$"""
            {
              "festivals": [
                { "name": {{System.Text.Json.JsonSerializer.Serialize(name)}}, "year": 2012, "award": {{System.Text.Json.JsonSerializer.Serialize(award)}} }
              ]
            }
            """);
        await using var variant = new SiteFactory(content.Path);
        var client = variant.CreateClient();
        // As shown: its quotes typographic (Live/ShownContent), its markup text.
        var label = SmartQuotes.Apply($"{award}, {name} 2012");
        var shownName = Html.Normalize(SmartQuotes.Apply(name));

        var page = await client.GetDocumentAsync(Pages.Press);
        var laurel = Assert.Single(page.Section("Laurels").QuerySelectorAll("svg[role=img]"));
        Assert.Equal(label, laurel.GetAttribute("aria-label"));
        Assert.Equal(["path", "path", "g"], laurel.Children.Select(c => c.LocalName));
        Assert.Equal(shownName, Texts(laurel, "laurel__name"));
        Assert.Empty(page.QuerySelectorAll("main script"));

        var href = page.Section("Laurels").QuerySelector("a[download]")!.GetAttribute("href")!;
        Assert.Equal("/laurels/script-alert-x-script-friends-text-text-festival-2012.svg", href);
        var file = XDocument.Parse(await client.GetStringAsync(href, TestContext.Current.CancellationToken));
        Assert.DoesNotContain(file.Descendants(), e => e.Name.LocalName == "script");
        Assert.Equal(label, file.Root!.Elements().First(e => e.Name.LocalName == "title").Value);
        Assert.Equal(shownName, string.Join(' ', file.Descendants().Where(e => (string?)e.Attribute("class") == "laurel__name").Select(e => e.Value)));
    }

    private static string Texts(IElement svg, string className) =>
        string.Join(' ', svg.QuerySelectorAll($"text.{className}").Select(t => t.TextContent));
}
