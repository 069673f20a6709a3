using System.IO.Compression;
using System.Net;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Export;
using NeverSorry.Web.Caching;

namespace NeverSorry.Tests.Integration.Export;

/// <summary>
/// The export served by nginx with deploy/nginx's configuration answers as the live site does: the same
/// bytes, the same headers (security, cache, type), precompressed copies, the 404 page, and no broken link.
/// </summary>
[Collection(ProcessTier.Name)]
public class NginxServesTheExport(NginxSite nginx, LiveSiteWithBaseUrl live) : IClassFixture<NginxSite>, IClassFixture<LiveSiteWithBaseUrl>
{
    /// <summary>Headers that describe the connection or the file on disk, not what the visitor gets.</summary>
    private static readonly HashSet<string> s_mayDiffer = new(StringComparer.OrdinalIgnoreCase)
    {
        "Date", "ETag", "Last-Modified", "Connection", "Keep-Alive", "Accept-Ranges", "Transfer-Encoding", "Content-Length",
    };

    [Theory]
    [MemberData(nameof(ExportLayout.FoundUrls), MemberType = typeof(ExportLayout))]
    public async Task ServesTheLiveSitesBytesAndHeaders(string url)
    {
        Nginx.SkipUnlessInstalled();
        using var expected = await live.GetAsync(url);
        using var actual = await GetAsync(url, acceptEncoding: null);

        Assert.Equal(HttpStatusCode.OK, actual.StatusCode);
        await AssertSameAnswerAsync(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Pages.UrlsAndEncodings), MemberType = typeof(Pages))]
    public async Task ServesThePrecompressedCopyTheClientAccepts(string url, string encoding)
    {
        Nginx.SkipUnlessInstalled();
        using var expected = await live.GetAsync(url);
        using var actual = await GetAsync(url, acceptEncoding: encoding);

        Assert.Equal([encoding], actual.Content.Headers.ContentEncoding);
        var compressed = await actual.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        await using var plain = encoding == "br"
            ? (Stream)new BrotliStream(compressed, CompressionMode.Decompress)
            : new GZipStream(compressed, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        await plain.CopyToAsync(bytes, TestContext.Current.CancellationToken);
        Assert.Equal(await expected.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), bytes.ToArray());
    }

    /// <summary>Addresses the live site does not have either: another case, a slash after a file, the export's own file names.</summary>
    [Theory]
    [InlineData(Pages.NotFound)]
    [InlineData("/404.html")]
    [InlineData("/css/site.0000000000.css")]
    [InlineData("/Press")]
    [InlineData("/PRESS/")]
    [InlineData("/robots.txt/")]
    [InlineData("/no-such-page/")]
    [InlineData("/index.html")]
    [InlineData("/press/index.html")]
    [InlineData("/press/index.html.br")]
    [InlineData("/robots.txt.gz")]
    public async Task AnswersAnAddressItDoesNotHaveWithThe404Page(string url)
    {
        Nginx.SkipUnlessInstalled();
        using var expected = await live.GetAsync(Pages.NotFound);
        using var liveAnswer = await live.GetAsync(url);
        using var actual = await GetAsync(url, acceptEncoding: null);

        Assert.Equal(HttpStatusCode.NotFound, liveAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, actual.StatusCode);
        await AssertSameAnswerAsync(expected, actual);
    }

    [Theory]
    [InlineData("/theatrical-run/", "/theatrical-run")]
    [InlineData("/directors-statement/", "/directors-statement")]
    [InlineData("/press/", "/press")]
    [InlineData("/press/?utm_source=newsletter&q=a%20b", "/press?utm_source=newsletter&q=a%20b")]
    public async Task RedirectsASlashAfterAPageAsTheLiveSiteDoes(string url, string page)
    {
        Nginx.SkipUnlessInstalled();
        using var expected = await live.GetAsync(url);
        using var actual = await GetAsync(url, acceptEncoding: null);

        Assert.Equal(HttpStatusCode.MovedPermanently, actual.StatusCode);
        Assert.Equal(page, actual.Headers.Location?.OriginalString);
        // nginx writes a short HTML body for browsers of the last century; the live site's is empty.
        Assert.Equal(RedirectHeaders(expected), RedirectHeaders(actual));
    }

    [Fact]
    public async Task HasNoBrokenLinks()
    {
        Nginx.SkipUnlessInstalled();

        var (seen, broken) = await Links.FollowAsync(nginx.Client, Pages.All);

        Assert.True(broken.Count == 0, "Broken links: " + string.Join("; ", broken));
        Assert.True(seen.Count > Pages.All.Count, "The pages link to none of the site's own files (stylesheet, icon).");
    }

    [Theory]
    [InlineData("link[rel=stylesheet]", "text/css")]
    [InlineData("link[rel=icon]", "image/svg+xml")]
    public async Task ServesFingerprintedAssetsAsImmutable(string selector, string mediaType)
    {
        Nginx.SkipUnlessInstalled();
        var home = await nginx.Client.GetDocumentAsync(Pages.Home);
        var href = home.QuerySelector(selector)?.GetAttribute("href");
        Assert.Matches(@"\.[0-9a-z]{10}\.[a-z]+$", href);

        using var response = await GetAsync(href!, acceptEncoding: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    /// <summary>The same status, bytes and headers (every header but those about the connection or the file's date).</summary>
    private static async Task AssertSameAnswerAsync(HttpResponseMessage expected, HttpResponseMessage actual)
    {
        Assert.Equal(expected.StatusCode, actual.StatusCode);
        Assert.Equal(
            await expected.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken),
            await actual.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var expectedHeaders = HeadersOf(expected);
        var actualHeaders = HeadersOf(actual);
        // nginx also sends robots.txt, sitemap.xml and the 404 page compressed, so it says that it varies.
        if (!expectedHeaders.ContainsKey("Vary"))
        {
            actualHeaders.Remove("Vary");
        }
        Assert.Equal(expectedHeaders, actualHeaders);
    }

    private static SortedDictionary<string, string> RedirectHeaders(HttpResponseMessage response)
    {
        var headers = HeadersOf(response);
        headers.Remove("Content-Type");
        return headers;
    }

    private static SortedDictionary<string, string> HeadersOf(HttpResponseMessage response) =>
        new(response.Headers.Concat(response.Content.Headers)
                .Where(header => !s_mayDiffer.Contains(header.Key))
                .ToDictionary(header => header.Key, header => string.Join(", ", header.Value), StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);

    private async Task<HttpResponseMessage> GetAsync(string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }
        return await nginx.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
