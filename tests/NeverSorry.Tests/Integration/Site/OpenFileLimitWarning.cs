using Microsoft.Extensions.DependencyInjection;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Hosting;
using Serilog.Core;
using Serilog.Events;

namespace NeverSorry.Tests.Integration.Site;

/// <summary>
/// The site says at start when the process's open-file limit cannot cover its connections, its downloads' files
/// and its own: past that limit the process dies (bench/slow-readers.sh), so the operator must hear of it first.
/// </summary>
public sealed class OpenFileLimitWarning
{
    private const string Limits = """
        Limit                     Soft Limit           Hard Limit           Units
        Max processes             95353                95353                processes
        Max open files            4600                 8192                 files
        Max locked memory         8388608              8388608              bytes
        """;

    [Fact]
    public void ReadsTheSoftLimitOfTheProcess()
    {
        Assert.Equal(4600, OpenFileLimitCheck.SoftLimit(Limits));
        Assert.Null(OpenFileLimitCheck.SoftLimit(Limits.Replace("4600 ", "unlimited ", StringComparison.Ordinal)));
        Assert.Null(OpenFileLimitCheck.SoftLimit(""));
    }

    [Fact]
    public void TheDefaultsNeedALimitThatCoversConnectionsDownloadsAndTheProcess() =>
        Assert.Equal(4_096 + 64 + 192 + 400, OpenFileLimitCheck.Needed(ServerLimits.MaxConcurrentConnections, new DownloadOptions().Files));

    [Fact]
    public async Task ASiteAllowedMoreConnectionsThanItsLimitCoversWarnsAtStart()
    {
        var log = new LogCollector();
        await using var site = new SiteFactory(
            configureServices: services => services.AddSingleton<ILogEventSink>(log),
            settings: new Dictionary<string, string> { ["Kestrel:Limits:MaxConcurrentConnections"] = "1000000000" });

        _ = site.Server;

        var warning = Assert.Single(log.Events, e => e.Level == LogEventLevel.Warning && e.Message.StartsWith("The open-file limit is", StringComparison.Ordinal));
        Assert.Contains("1000000000 connections, 256 pictures and downloads", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("or lower Kestrel:Limits:MaxConcurrentConnections", warning.Message, StringComparison.Ordinal);
    }
}
