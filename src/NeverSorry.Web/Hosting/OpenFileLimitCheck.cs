using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace NeverSorry.Web.Hosting;

/// <summary>
/// Warns at start when the process's open-file limit is below what its other limits let it hold at worst: a
/// socket per connection, a file per download and its own files. Past the open-file limit the process dies
/// ("Out of memory"), as 4,200 slow readers of the ZIP once showed (bench/slow-readers.sh).
/// </summary>
internal sealed partial class OpenFileLimitCheck(IOptions<KestrelServerOptions> kestrel, IOptions<DownloadOptions> downloads, ILogger<OpenFileLimitCheck> logger) : IHostedService
{
    /// <summary>What the process holds itself, with room to spare: 346 measured, 318 of them its assemblies (each open twice).</summary>
    public const int OwnFiles = 400;

    private const string Limits = "/proc/self/limits";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (kestrel.Value.Limits.MaxConcurrentConnections is { } connections && File.Exists(Limits)
            && SoftLimit(File.ReadAllText(Limits)) is { } limit && limit < Needed(connections, downloads.Value.Files))
        {
            LogTooLow(limit, Needed(connections, downloads.Value.Files), connections, downloads.Value.Files, OwnFiles);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static long Needed(long connections, int downloads) => connections + downloads + OwnFiles;

    /// <summary>The "Max open files" soft limit of a <c>/proc/PID/limits</c> text; null when unlimited or not there.</summary>
    public static long? SoftLimit(string limits) =>
        limits.Split('\n').FirstOrDefault(line => line.StartsWith("Max open files", StringComparison.Ordinal))?
            .Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, _, _, var soft, ..] && long.TryParse(soft, out var value) ? value : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The open-file limit is {Limit}, below the {Needed} this site may need at worst ({Connections} connections, {Downloads} pictures and downloads sent at once and {Own} files of its own); raise it (ulimit -n, or LimitNOFILE= in a systemd unit) or lower Kestrel:Limits:MaxConcurrentConnections")]
    private partial void LogTooLow(long limit, long needed, long connections, int downloads, int own);
}
