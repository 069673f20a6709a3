using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web;

namespace NeverSorry.Tests.Integration.Security;

/// <summary>
/// What a prober sends: path traversal in every encoding, requests for the app's own files, odd methods,
/// broken percent-encoding, huge headers. Each gets a clean 4xx (or a 200 for a real page, a 301 for a page
/// written with a trailing slash) from the site
/// as it runs in Production, never a 5xx and never a file from outside wwwroot.
/// </summary>
/// <remarks>
/// Requests are handed to the app exactly as written, path already percent-decoded the way Kestrel hands it
/// over, but without Kestrel's own checks: the app must hold on its own. What Kestrel itself answers (414,
/// 431, 400 for NUL or a bad request line) is tested against the real server in <see cref="HostileRequestsOnKestrel"/>.
/// </remarks>
public sealed class HostileRequests(HostileRequests.ProductionSite site) : IClassFixture<HostileRequests.ProductionSite>
{
    /// <summary>The site as it faces the internet: Production, with its designed error pages.</summary>
    public sealed class ProductionSite() : SiteFactory(environment: "Production");

    private static readonly string[] s_secrets = ["appsettings.json", "content/film.json", "NeverSorry.Web.dll", ".git/config", "web.config", "NeverSorry.Web.csproj", "etc/passwd", "Program.cs"];
    private static readonly string[] s_traversals = ["..", "%2e%2e", "%2E%2E", ".%2e", "%2e.", "%252e%252e", "%c0%ae%c0%ae", "%e0%80%ae%e0%80%ae", "..%2f..", "..%5c..", "..\\..", "....//..", "..;", "%u002e%u002e"];
    private static readonly string[] s_prefixes = ["/", "/css/", "/press/", "/error/"];
    private static readonly string[] s_pageMethods = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH", "FOO"];

    /// <summary>What the site answers: a client error, the page, or a redirect to the page's one address.</summary>
    public enum Answer
    {
        Refused,
        Page,
        Redirect,
    }

    public static TheoryData<string, string, Answer> Requests()
    {
        var data = new TheoryData<string, string, Answer>();
        void Bad(string target, string method = "GET") => data.Add(method, target, Answer.Refused);
        void Page(string target, string method = "GET") => data.Add(method, target, Answer.Page);
        void Redirect(string target) => data.Add("GET", target, Answer.Redirect);

        // The app's own files, asked for directly.
        foreach (var secret in new[]
        {
            "/appsettings.json", "/appsettings.Development.json", "/appsettings.Production.json", "/content/film.json",
            "/content/synopsis.md", "/content/README.md", "/content/schemas/film.schema.json", "/.git/config", "/.git/HEAD",
            "/NeverSorry.Web.dll", "/NeverSorry.Web.pdb", "/NeverSorry.Web.deps.json", "/NeverSorry.Web.runtimeconfig.json",
            "/NeverSorry.Web.staticwebassets.endpoints.json", "/web.config", "/Program.cs", "/NeverSorry.Web.csproj",
            "/wwwroot/robots.txt", "/bin/Debug/net10.0/NeverSorry.Web.dll", "/.env", "/Views/_ViewStart.cshtml",
            "/error", "/error/abc", "/error/99999999999", "/error/200", "/error/-1", "/error/500", "/error/404",
        })
        {
            Bad(secret);
        }

        // Traversal in every encoding, from every kind of URL, toward every file worth having.
        foreach (var prefix in s_prefixes)
        {
            foreach (var traversal in s_traversals)
            {
                Bad($"{prefix}{traversal}/{traversal}/{s_secrets[(prefix.Length + traversal.Length) % s_secrets.Length]}");
            }
        }
        foreach (var secret in s_secrets)
        {
            Bad($"/css/%2e%2e/%2e%2e/%2e%2e/{secret}");
            Bad($"/%2e%2e%2f%2e%2e%2f{secret.Replace("/", "%2f", StringComparison.Ordinal)}");
            Bad($"/..%5c..%5c{secret.Replace("/", "%5c", StringComparison.Ordinal)}");
            Bad($"/{secret}%00.css");
            Bad($"/css/site.css/../../{secret}");
        }

        // Broken encodings, NUL, control characters, oversized and odd paths.
        foreach (var odd in new[]
        {
            "/%zz", "/%", "/%2", "/%%32%65", "/%00", "/a%00b", "/press%00", "/%0d%0aSet-Cookie:%20x=1", "/%ff%fe", "/%c0%af",
            "/%ed%a0%80", "/\u00e9\u00e8", "/%e2%80%ae", "//press", "/./press/.", "/press;jsessionid=1",
            "/press.json", "/press/..", "/css/", "/css", "/robots.txt/x", "/index.html", "/default.aspx",
            "/healthz/x", "/_framework/blazor.web.js", "/.well-known/security.txt", "/wp-login.php", "/cgi-bin/test.cgi",
            "/" + new string('a', 8_000), "/" + string.Concat(Enumerable.Repeat("a/", 4_000)), "/" + string.Concat(Enumerable.Repeat("%2e%2e/", 2_000)),
        })
        {
            Bad(odd);
        }

        // A page has one address: a trailing slash is redirected to it, another case is not found.
        Redirect("/press/");
        Redirect("///");
        Bad("/PRESS");
        Page("/favicon.svg/");

        // Real pages with a hostile query string answer as the page.
        foreach (var query in new[]
        {
            "?x=<script>alert(1)</script>", "?x=%00", "?x=%zz", "?" + new string('q', 8_000), "?a=1&a=2&a=3", "?%", "?=&=&",
            "?file=../../appsettings.json", "?x=%c0%ae%c0%ae", "?q=' OR 1=1 --",
        })
        {
            Page(Pages.Home + query);
            Page(Pages.Press + query);
        }

        foreach (var page in Pages.All)
        {
            foreach (var method in s_pageMethods)
            {
                Bad(page, method);
            }
            Page(page, "HEAD");
        }
        foreach (var method in new[] { "POST", "PUT", "DELETE", "TRACE", "PROPFIND" })
        {
            Bad("/healthz", method);
            Bad("/robots.txt", method);
            Bad("/error/404", method);
            Bad("/does-not-exist", method);
        }
        return data;
    }

    /// <summary>Headers that are too big, malformed or meant to confuse; the page must still answer sanely.</summary>
    public static TheoryData<string, string> Headers() => new()
    {
        { "Cookie", new string('c', 64_000) },
        { "X-Padding", new string('x', 100_000) },
        { "Referer", "javascript:alert(1)" },
        { "User-Agent", "() { :; }; /bin/cat /etc/passwd" },
        { "Accept-Encoding", "br;q=abc, gzip;q=NaN, *;q=-1" },
        { "Accept-Encoding", new string(',', 10_000) },
        { "Accept-Encoding", "gzip;q=1e309" },
        { "If-None-Match", "\"unterminated" },
        { "If-None-Match", "W/" },
        { "If-None-Match", string.Join(", ", Enumerable.Repeat("\"x\"", 5_000)) },
        { "If-Modified-Since", "not a date" },
        { "Range", "bytes=99999999999999999999-" },
        { "Range", "bytes=abc" },
        { "Accept", "../../../../etc/passwd{{" },
        { "Accept-Language", "x;q=" + new string('9', 5_000) },
        { "X-Forwarded-For", "127.0.0.1, <script>" },
        { "X-Forwarded-Host", "evil.example" },
        { "X-Original-URL", "/appsettings.json" },
        { "X-Rewrite-URL", "/content/film.json" },
        { "X-HTTP-Method-Override", "DELETE" },
        { "Content-Type", "application/x-www-form-urlencoded; charset=utf-7" },
        { "Transfer-Encoding", "chunked, identity" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task AreAnsweredCleanly(string method, string target, Answer expected)
    {
        var (status, body) = await SendAsync(method, target, header: null);

        Assert.True(status < 500, $"{method} {Shorten(target)} answered {status}.");
        Assert.True(
            expected switch
            {
                Answer.Page => status is 200,
                Answer.Redirect => status is 301,
                _ => status is >= 400 and < 500,
            },
            $"{method} {Shorten(target)} answered {status}.");
        AssertNoLeak(body, method, target);
    }

    [Theory]
    [MemberData(nameof(Headers))]
    public async Task HostileHeadersGetThePageOrAClientError(string name, string value)
    {
        foreach (var url in new[] { Pages.Home, "/robots.txt", "/does-not-exist", "/healthz" })
        {
            var (status, body) = await SendAsync("GET", url, (name, value));

            Assert.True(status is (>= 200 and < 300) or 304 or (>= 400 and < 500), $"{name}: {Shorten(value)} on {url} answered {status}.");
            AssertNoLeak(body, "GET", url);
        }
    }

    private async Task<(int Status, string Body)> SendAsync(string method, string target, (string Name, string Value)? header)
    {
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? target : target[..queryStart];
        var context = await site.Server.SendAsync(
            http =>
            {
                http.Request.Method = method;
                // As Kestrel hands it over: percent-decoded, except %2F, which stays encoded.
                http.Request.Path = DecodePath(path);
                http.Request.QueryString = queryStart < 0 ? QueryString.Empty : new QueryString(target[queryStart..]);
                if (header is var (name, value))
                {
                    http.Request.Headers.Append(name, value);
                }
            },
            TestContext.Current.CancellationToken);
        using var reader = new StreamReader(context.Response.Body, Encoding.UTF8);
        return (context.Response.StatusCode, await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>
    /// As Kestrel decodes a path: percent-decoded, except %2F, which stays encoded. A NUL, which Kestrel refuses
    /// with 400, is decoded anyway, so the app shows it copes with one on its own.
    /// </summary>
    private static PathString DecodePath(string path)
    {
        try
        {
            return PathString.FromUriComponent(path);
        }
        catch (InvalidOperationException)
        {
            return new PathString(Uri.UnescapeDataString(path));
        }
    }

    /// <summary>Fails when the body carries any part of a file that must never be served, or an exception's trace.</summary>
    internal static void AssertNoLeak(string body, string method, string target)
    {
        foreach (var marker in LeakMarkers)
        {
            Assert.False(body.Contains(marker, StringComparison.Ordinal), $"{method} {Shorten(target)} answered with '{marker}' in its body.");
        }
    }

    /// <summary>Text found only in the app's configuration, its content's JSON, its assemblies, git, or a stack trace.</summary>
    internal static readonly string[] LeakMarkers =
    [
        "BufferedConsole", "\"MinimumLevel\"", "\"AllowedHosts\"",
        "\"distributor\":", "\"engagements\":", "\"festivals\":", "\"$schema\"",
        "This program cannot be run in DOS mode", "repositoryformatversion", "<Project Sdk",
        "WebApplication.CreateBuilder", "root:x:0:0", "   at ", "Exception:",
    ];

    internal static string Shorten(string text) => text.Length <= 120 ? text : $"{text[..120]}… ({text.Length} chars)";
}
