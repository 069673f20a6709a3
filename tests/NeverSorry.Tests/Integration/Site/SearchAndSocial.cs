using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Site;

/// <summary>What search engines and social networks read: canonical URLs, Open Graph, JSON-LD, the sitemap.</summary>
public class SearchAndSocial
{
    private const string BaseUrl = PublicSite.BaseUrl;

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task EveryPageHasItsCanonicalAddressAndACard(string url)
    {
        await using var site = new PublicSite();
        var document = await site.CreateClient().GetDocumentAsync(url);

        var canonical = BaseUrl + (url == "/" ? "/" : url);
        Assert.Equal(canonical, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(canonical, Meta(document, "og:url"));
        Assert.Equal(document.Title, Meta(document, "og:title"));
        Assert.Equal(document.QuerySelector("meta[name=description]")?.GetAttribute("content"), Meta(document, "og:description"));
        Assert.Equal(url == "/" ? "video.movie" : "website", Meta(document, "og:type"));
        // The share card itself is checked in Integration/Images/ShareCards.
        Assert.Equal("summary_large_image", document.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        Assert.StartsWith(BaseUrl + "/pictures/card-", Meta(document, "og:image"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCanonicalAddressNeverComesFromTheHostHeader()
    {
        await using var site = new PublicSite();
        using var request = new HttpRequestMessage(HttpMethod.Get, Pages.Press);
        request.Headers.Host = "attacker.example";

        using var response = await site.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        var document = await response.ReadDocumentAsync();

        Assert.Equal(BaseUrl + Pages.Press, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task TheHomePageDescribesTheFilmAsAMovie()
    {
        await using var site = new PublicSite();
        var document = await site.CreateClient().GetDocumentAsync(Pages.Home);

        Assert.Equal("Alison Klayman", Meta(document, "video:director"));
        Assert.Equal("2012-07-27", Meta(document, "video:release_date"));
        var movie = StructuredData(document);
        Assert.Equal("https://schema.org", movie.GetProperty("@context").GetString());
        Assert.Equal("Movie", movie.GetProperty("@type").GetString());
        Assert.Equal("Ai Weiwei: Never Sorry", movie.GetProperty("name").GetString());
        Assert.Equal("Person", movie.GetProperty("director").GetProperty("@type").GetString());
        Assert.Equal("Alison Klayman", movie.GetProperty("director").GetProperty("name").GetString());
        Assert.Equal("2012-07-27", movie.GetProperty("datePublished").GetString());
        Assert.Equal("Biographical Documentary", movie.GetProperty("genre").GetString());
        Assert.Equal("MPAA R", movie.GetProperty("contentRating").GetString());
        Assert.Equal(BaseUrl + "/", movie.GetProperty("url").GetString());
        Assert.False(string.IsNullOrWhiteSpace(movie.GetProperty("description").GetString()));
        Assert.False(movie.TryGetProperty("trailer", out _));
    }

    [Fact]
    public async Task ATrailerInTheContentBecomesAVideoObject()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(trailer: """{ "youtubeId": "abcdefghijk" }"""));
        await using var site = new PublicSite(content.Path);
        var document = await site.CreateClient().GetDocumentAsync(Pages.Home);

        var trailer = StructuredData(document).GetProperty("trailer");
        Assert.Equal("VideoObject", trailer.GetProperty("@type").GetString());
        Assert.Equal("https://www.youtube-nocookie.com/embed/abcdefghijk", trailer.GetProperty("embedUrl").GetString());
        Assert.Equal("https://i.ytimg.com/vi/abcdefghijk/hqdefault.jpg", trailer.GetProperty("thumbnailUrl").GetString());
        Assert.False(trailer.TryGetProperty("uploadDate", out _), "The content gives no upload date, so none may be claimed.");
    }

    [Fact]
    public async Task ATrailersUploadDateInTheContentIsTheVideoObjectsUploadDate()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(trailer: """{ "youtubeId": "abcdefghijk", "uploadDate": "2012-06-05" }"""));
        await using var site = new PublicSite(content.Path);
        var document = await site.CreateClient().GetDocumentAsync(Pages.Home);

        var trailer = StructuredData(document).GetProperty("trailer");
        Assert.Equal("2012-06-05", trailer.GetProperty("uploadDate").GetString());
        Assert.Equal("The trailer of Ai Weiwei: Never Sorry.", trailer.GetProperty("description").GetString());
        Assert.Equal("Ai Weiwei: Never Sorry trailer", trailer.GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheSitemapListsEveryPageWithItsLastChange()
    {
        using var content = TempContentFolder.CopyOfReal();
        var statementWritten = new DateTime(2013, 2, 3, 10, 0, 0, DateTimeKind.Utc);
        foreach (var file in ContentFiles.All)
        {
            File.SetLastWriteTimeUtc(Path.Combine(content.Path, file), new DateTime(2012, 7, 1, 0, 0, 0, DateTimeKind.Utc));
        }
        File.SetLastWriteTimeUtc(Path.Combine(content.Path, ContentFiles.DirectorsStatement), statementWritten);
        await using var site = new PublicSite(content.Path);

        using var response = await site.CreateClient().GetAsync("/sitemap.xml", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var entries = sitemap.Root!.Elements(ns + "url")
            .ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")!.Value);
        Assert.Equal(Pages.All.Select(p => BaseUrl + p), entries.Keys);
        Assert.Equal("2013-02-03", entries[BaseUrl + Pages.DirectorsStatement]);
        // The press kit shows the statement in full, so its change is the press page's too; the home page's is not.
        Assert.Equal("2013-02-03", entries[BaseUrl + Pages.Press]);
        Assert.Equal("2012-07-01", entries[BaseUrl + Pages.Home]);
    }

    [Fact]
    public async Task RobotsTxtPointsToTheSitemap()
    {
        await using var site = new PublicSite();

        var robots = await site.CreateClient().GetStringAsync("/robots.txt", TestContext.Current.CancellationToken);

        Assert.Contains($"Sitemap: {BaseUrl}/sitemap.xml", robots.Split('\n'));
    }

    [Fact]
    public async Task WithoutAPublicAddressThereIsNoSitemapAndNoCanonicalLink()
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();

        using var sitemap = await client.GetAsync("/sitemap.xml", TestContext.Current.CancellationToken);
        var document = await client.GetDocumentAsync(Pages.Home);

        Assert.Equal(HttpStatusCode.NotFound, sitemap.StatusCode);
        Assert.Null(document.QuerySelector("link[rel=canonical]"));
        Assert.Null(Meta(document, "og:url"));
    }

    private static string? Meta(IHtmlDocument document, string property) =>
        document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private static JsonElement StructuredData(IHtmlDocument document) => JsonLd.Of(document);
}
