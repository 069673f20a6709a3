using System.Net.Sockets;
using System.Text;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Security;

/// <summary>
/// The limits only the real server enforces (the in-memory test server has none): raw requests, byte for
/// byte, to the app running on Kestrel on a loopback port. Kestrel's own limits refuse oversized requests
/// (its defaults: an 8 KB request line, 32 KB and 100 lines of headers) and requests it cannot parse.
/// </summary>
[Collection(ProcessTier.Name)]
public sealed class HostileRequestsOnKestrel(HostileRequestsOnKestrel.KestrelSite site) : IClassFixture<HostileRequestsOnKestrel.KestrelSite>
{
    /// <summary>The built app in its own process, started once for the class.</summary>
    public sealed class KestrelSite : IAsyncLifetime
    {
        private SiteProcess? _process;

        public int Port { get; } = SiteProcess.FreePort();

        public async ValueTask InitializeAsync()
        {
            _process = SiteProcess.Start([$"--Content:Path={RepositoryPaths.Content}", "--urls", $"http://127.0.0.1:{Port}"]);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };
            await _process.WaitUntilHealthyAsync(client, Patience.Process);
        }

        public ValueTask DisposeAsync()
        {
            _process?.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    public static TheoryData<string, string, int> RawRequests() => new()
    {
        { "a path over 8 KB", $"GET /{new string('a', 9_000)} HTTP/1.1", 414 },
        { "a query string over 8 KB", $"GET /?q={new string('q', 9_000)} HTTP/1.1", 414 },
        { "headers over 32 KB in all", $"GET / HTTP/1.1\r\nX-Padding: {new string('x', 40_000)}", 431 },
        { "over 100 headers", "GET / HTTP/1.1" + string.Concat(Enumerable.Range(0, 120).Select(i => $"\r\nX-H{i}: 1")), 431 },
        { "196 copies of one header, counted as lines", "GET / HTTP/1.1" + string.Concat(Enumerable.Repeat("\r\nX-Same: 1", 196)), 431 },
        { "a large body, never read: the site takes none", "POST / HTTP/1.1\r\nContent-Length: 1000000", 405 },
        { "an encoded NUL", "GET /a%00b HTTP/1.1", 400 },
        { "a raw control character, let through to a 404", "GET /a\u0001b HTTP/1.1", 404 },
        { "a request line with two spaces", "GET  / HTTP/1.1", 400 },
        { "a method with a space", "G ET / HTTP/1.1", 400 },
        { "an absolute URL of another scheme", "GET file:///etc/passwd HTTP/1.1", 400 },
        { "raw dot segments, removed by Kestrel", "GET /../../appsettings.json HTTP/1.1", 404 },
        { "encoded dot segments, removed by Kestrel", "GET /%2e%2e/%2e%2e/appsettings.json HTTP/1.1", 404 },
        { "an encoded slash, kept encoded", "GET /css/..%2f..%2fappsettings.json HTTP/1.1", 404 },
        { "an encoded backslash", "GET /..%5c..%5ccontent%5cfilm.json HTTP/1.1", 404 },
        { "overlong UTF-8 dots", "GET /%c0%ae%c0%ae/%c0%ae%c0%ae/appsettings.json HTTP/1.1", 404 },
        { "invalid percent-encoding", "GET /%zz HTTP/1.1", 404 },
        { "TRACE on a page", "TRACE / HTTP/1.1", 405 },
        { "PROPFIND on a page", "PROPFIND /press HTTP/1.1", 405 },
        { "POST to the health check", "POST /healthz HTTP/1.1\r\nContent-Length: 0", 405 },
    };

    [Theory]
    [MemberData(nameof(RawRequests))]
    public async Task KestrelAnswersWithAClientError(string what, string requestHead, int expected)
    {
        var (status, response) = await SendRawAsync(requestHead);

        Assert.True(status == expected, $"{what}: expected {expected}, got {status}.");
        HostileRequests.AssertNoLeak(response, what, requestHead);
    }

    /// <summary>
    /// Kestrel answers the requests it refuses before the app runs, so without the security headers: with no
    /// body at all, there is nothing for them to protect (no page to frame, no content to sniff or run).
    /// </summary>
    [Theory]
    [InlineData("GET /{0} HTTP/1.1", 414)]
    [InlineData("GET / HTTP/1.1\r\nX-Padding: {0}{0}{0}{0}", 431)]
    public async Task RefusalsBeforeTheAppRunsHaveNoBody(string requestHead, int expected)
    {
        var (status, response) = await SendRawAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, requestHead, new string('a', 9_000)));

        Assert.Equal(expected, status);
        var parts = response.Split("\r\n\r\n", 2);
        Assert.Contains("\r\nContent-Length: 0", parts[0], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", parts[1]);
    }

    /// <summary>Sends the request head as written (Host and Connection added) and reads the whole answer.</summary>
    private async Task<(int Status, string Response)> SendRawAsync(string requestHead)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", site.Port, cancel);
        var stream = tcp.GetStream();
        var firstLineEnd = requestHead.IndexOf("\r\n", StringComparison.Ordinal);
        var head = firstLineEnd < 0
            ? $"{requestHead}\r\nHost: localhost\r\nConnection: close\r\n\r\n"
            : $"{requestHead[..firstLineEnd]}\r\nHost: localhost\r\nConnection: close{requestHead[firstLineEnd..]}\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head), cancel);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(Patience.Request);
        var response = await reader.ReadToEndAsync(timeout.Token);
        var statusLine = response.Split("\r\n", 2)[0].Split(' ');
        return (statusLine.Length > 1 && int.TryParse(statusLine[1], out var status) ? status : 0, response);
    }
}
