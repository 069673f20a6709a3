using System.Net;
using Microsoft.AspNetCore.Http;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Caching;

namespace NeverSorry.Tests.Integration.Site;

/// <summary>
/// Each page has one address: a trailing slash is a permanent redirect to it (which CDNs and search engines
/// keep as one entry), another case is not found, as when nginx serves the export (NginxServesTheExport).
/// </summary>
public class OneAddressPerPage(RealSite site)
{
    [Theory]
    [InlineData("/theatrical-run/", "/theatrical-run")]
    [InlineData("/directors-statement/", "/directors-statement")]
    [InlineData("/press/", "/press")]
    [InlineData("/press//", "/press")]
    [InlineData("//", "/")]
    [InlineData("/press/?utm_source=newsletter&q=a%20b", "/press?utm_source=newsletter&q=a%20b")]
    [InlineData("/press/?", "/press")]
    public async Task RedirectsASlashAfterAPagePermanentlyToThePage(string url, string page)
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            var client = site.CreatePlainClient();
            using var request = new HttpRequestMessage(method, AsWritten(client, url));

            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(page, response.Headers.Location?.OriginalString);
            Assert.Equal(CachePolicy.Page, response.Headers.CacheControl?.ToString());
            Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }
    }

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task ServesThePageAtItsAddressFromTheCache(string url)
    {
        using var response = await site.CreatePlainClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/Press")]
    [InlineData("/PRESS/")]
    [InlineData("/Theatrical-Run")]
    [InlineData("/Directors-Statement/")]
    [InlineData("/robots.txt/")]
    [InlineData("/ROBOTS.TXT")]
    [InlineData("/index.html")]
    [InlineData("/press/index.html")]
    public async Task AnswersAnotherCaseOrASlashAfterAFileWithTheNotFoundPage(string url)
    {
        using var response = await site.CreatePlainClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await response.ReadDocumentAsync()).QuerySelector("h1")?.ReadableText());
    }

    /// <summary>Paths a browser would read as another host (//evil.example, /\evil.example), sent as written.</summary>
    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/%2F%2Fevil.example/")]
    public async Task NeverRedirectsElsewhere(string path)
    {
        var context = await site.Server.SendAsync(
            context =>
            {
                context.Request.Method = HttpMethods.Get;
                context.Request.Path = path;
            },
            TestContext.Current.CancellationToken);

        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        Assert.Equal(0, context.Response.Headers.Location.Count);
    }

    /// <summary>The address with its slashes as written: resolved against the client's, "//" would name a host.</summary>
    private static Uri AsWritten(HttpClient client, string url) => new(client.BaseAddress!.GetLeftPart(UriPartial.Authority) + url);
}
