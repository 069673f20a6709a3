using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Hosting;
using Serilog.Core;
using Serilog.Events;

namespace NeverSorry.Tests.Integration.App;

/// <summary>
/// The request log as an operator reads it: one line per request with method, path, status and time,
/// a 404 once under the address asked for, and a failure once at Error.
/// </summary>
public sealed partial class RequestLogLines
{
    [Fact]
    public async Task HaveOneLinePerRequestWithMethodPathStatusAndTime()
    {
        var (site, log) = ProductionSiteWithLog();
        await using var _ = site;
        var client = site.CreatePlainClient();
        var cancel = TestContext.Current.CancellationToken;

        foreach (var page in Pages.All)
        {
            using var response = await client.GetAsync(page, cancel);
        }
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Pages.Press), cancel);

        var lines = RequestLines(log);
        foreach (var page in Pages.All)
        {
            Assert.Single(lines, line => line.Method == "GET" && line.Path == page && line.Status == 200);
        }
        Assert.Single(lines, line => line.Method == "HEAD" && line.Path == Pages.Press && line.Status == 200);
        Assert.Equal(Pages.All.Count + 1, lines.Count);
    }

    [Fact]
    public async Task HaveANotFoundOnceUnderTheAddressAskedFor()
    {
        var (site, log) = ProductionSiteWithLog();
        await using var _ = site;

        using var response = await site.CreatePlainClient().GetAsync(Pages.NotFound, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var line = Assert.Single(RequestLines(log));
        Assert.Equal(("GET", Pages.NotFound, 404), (line.Method, line.Path, line.Status));
    }

    [Fact]
    public async Task ShowThePathAsSentWithoutItsQueryOrALineBreak()
    {
        var (site, log) = ProductionSiteWithLog();
        await using var _ = site;
        var client = site.CreatePlainClient();

        using var tracked = await client.GetAsync($"{Pages.Press}?utm_source=newsletter&token=secret", TestContext.Current.CancellationToken);
        using var broken = await client.GetAsync("/no%0Asuch-page", TestContext.Current.CancellationToken);

        var lines = RequestLines(log);
        Assert.Contains(lines, line => line.Path == Pages.Press && line.Status == 200);
        Assert.Contains(lines, line => string.Equals(line.Path, "/no%0Asuch-page", StringComparison.OrdinalIgnoreCase) && line.Status == 404);
        Assert.DoesNotContain(log.Events, e => e.Message.Contains("secret", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public async Task HaveAFailureOnceAtError()
    {
        var (site, log) = ProductionSiteWithLog(services => services.AddControllersWithViews().AddApplicationPart(typeof(ThrowingController).Assembly));
        await using var _ = site;

        using var response = await site.CreatePlainClient().GetAsync(ThrowingController.Path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Single(log.Events, e => e.Level >= LogEventLevel.Error);
        var line = Assert.Single(RequestLines(log));
        Assert.Equal(500, line.Status);
    }

    /// <summary>The test hosts log warnings and up only; the request log is Information, so it is turned on.</summary>
    private static readonly Dictionary<string, string> RequestLogOn = new()
    {
        ["Serilog:MinimumLevel:Override:NeverSorry.Web.Hosting.RequestLog"] = "Information",
    };

    /// <param name="more">Test-only services besides the log, e.g. a controller that throws.</param>
    private static (SiteFactory Site, LogCollector Log) ProductionSiteWithLog(Action<IServiceCollection>? more = null)
    {
        var log = new LogCollector();
        var site = new SiteFactory(
            environment: "Production",
            configureServices: services =>
            {
                services.AddSingleton<ILogEventSink>(log);
                more?.Invoke(services);
            },
            settings: RequestLogOn);
        return (site, log);
    }

    private static List<(string Method, string Path, int Status)> RequestLines(LogCollector log) =>
        [.. log.Events.Select(e => RequestLine().Match(e.Message)).Where(m => m.Success)
            .Select(m => (m.Groups["method"].Value, m.Groups["path"].Value, int.Parse(m.Groups["status"].Value, System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary><c>HTTP GET /press responded 200 in 0.4 ms</c></summary>
    [GeneratedRegex(@"^HTTP (?<method>[A-Z]+) (?<path>\S+) responded (?<status>\d{3}) in \d+(\.\d+)? ms$")]
    private static partial Regex RequestLine();
}
