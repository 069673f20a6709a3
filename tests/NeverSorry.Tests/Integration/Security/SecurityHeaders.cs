using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Security;

namespace NeverSorry.Tests.Integration.Security;

/// <summary>Every kind of response carries the same strict security headers and no server banner.</summary>
public class SecurityHeaders(RealSite site)
{
    private const string StylesheetUrl = "stylesheet";

    private static readonly string[] s_disabledFeatures =
        ["camera", "microphone", "geolocation", "payment", "usb", "accelerometer", "gyroscope", "magnetometer"];

    public static TheoryData<string> Urls() =>
        new([.. Pages.All, "/does-not-exist", "/press/2012", "/healthz", "/robots.txt", "/favicon.svg", StylesheetUrl]);

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task AreOnEveryResponse(string url)
    {
        var client = site.CreatePlainClient();
        if (url == StylesheetUrl)
        {
            url = await StylesheetHrefAsync(client);
        }

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}.");
        AssertSecurityHeaders(response, https: false);
    }

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task AreOnANotModifiedRevalidation(string url)
    {
        var client = site.CreatePlainClient();
        using var first = await client.GetAsync(url, TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var revalidated = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        AssertSecurityHeaders(revalidated, https: false);
    }

    [Fact]
    public async Task AreOnAHeadRequest()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, Pages.Home);

        using var response = await site.CreatePlainClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response, https: false);
    }

    [Theory]
    [InlineData(Pages.Home)]
    [InlineData("/does-not-exist")]
    [InlineData("/robots.txt")]
    public async Task IncludeStrictTransportSecurityOverHttps(string url)
    {
        // Not https://localhost: NetEscapades leaves HSTS off for localhost, where it would pin a developer's machine.
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://www.neversorry.example") });

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        AssertSecurityHeaders(response, https: true);
    }

    [Fact]
    public async Task AreOnTheErrorPageInProduction()
    {
        await using var production = new SiteFactory(
            environment: "Production",
            configureServices: services => services.AddControllersWithViews().AddApplicationPart(typeof(ThrowingController).Assembly));

        using var response = await production.CreatePlainClient().GetAsync(ThrowingController.Path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertSecurityHeaders(response, https: false);
    }

    private static async Task<string> StylesheetHrefAsync(HttpClient client)
    {
        var home = await client.GetDocumentAsync(Pages.Home);
        var href = home.QuerySelector("link[rel='stylesheet']")?.GetAttribute("href");
        Assert.False(string.IsNullOrEmpty(href), "The home page links no stylesheet.");
        return href;
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, bool https)
    {
        var policy = ContentSecurityPolicy(response);
        Assert.True(policy["default-src"] is "'none'" or "'self'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["style-src"]);
        Assert.Equal(["'self'", "data:"], policy["img-src"].Split(' '));
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'none'", policy["base-uri"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.Equal("https://www.youtube-nocookie.com", policy["frame-src"]);
        Assert.All(policy.Values, sources => Assert.DoesNotContain("unsafe", sources, StringComparison.Ordinal));

        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Single(response, "Cross-Origin-Opener-Policy"));
        Assert.Equal("same-origin", Single(response, "Cross-Origin-Resource-Policy"));
        var permissions = Single(response, "Permissions-Policy").Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);
        foreach (var feature in s_disabledFeatures)
        {
            Assert.Equal("()", permissions[feature]);
        }

        if (https)
        {
            var hsts = Single(response, "Strict-Transport-Security");
            var maxAge = hsts.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("max-age=", StringComparison.Ordinal));
            Assert.True(int.Parse(maxAge["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture) >= 15_768_000, hsts);
        }
        else
        {
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP is ignored by browsers and should not be sent.");
        }

        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(", ", response.Headers.Server)}");
        Assert.False(response.Headers.Contains("X-Powered-By"));
    }

    private static Dictionary<string, string> ContentSecurityPolicy(HttpResponseMessage response) =>
        Single(response, "Content-Security-Policy")
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "");

    private static string Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values)
            ? Assert.Single(values)
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} for {response.RequestMessage?.RequestUri} has no {header} header.");
}
