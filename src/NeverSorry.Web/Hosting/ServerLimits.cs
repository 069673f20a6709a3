using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace NeverSorry.Web.Hosting;

/// <summary>
/// What one connection may hold of the process, tighter than Kestrel's defaults where those let idle or slow
/// clients keep sockets, file handles and memory for minutes; then the operator's <c>Kestrel:Limits</c>
/// settings, which Kestrel itself never reads from configuration (dotnet/aspnetcore#4765).
/// </summary>
internal static class ServerLimits
{
    public const string Section = "Kestrel:Limits";

    /// <summary>
    /// Connections served at once; past it Kestrel closes a new one at once, so a flood of idle connections
    /// cannot exhaust the process's file handles as long as the open-file limit covers this, the files of the
    /// pictures and downloads being sent (<see cref="DownloadOptions.Files"/>) and the process's own: 4,752 by
    /// default (docs/operations.md).
    /// </summary>
    public const long MaxConcurrentConnections = 4096;

    /// <summary>An idle connection between requests (and before its first) is closed after this (Kestrel: 130 s).</summary>
    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(15);

    /// <summary>All of a request's headers must arrive within this (Kestrel: 30 s): a slowloris client is cut off.</summary>
    public static readonly TimeSpan RequestHeadersTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The site has no forms and reads no request body; a body a client sends anyway is refused past this.</summary>
    public const long MaxRequestBodySize = 16 * 1024;

    /// <summary>
    /// A response slower than this, after the grace period, is cut off (Kestrel: 240 B/s after 5 s). 8 kbit/s: a
    /// phone on 2G (GPRS, about 40 kbit/s) sharing its link among a browser's six connections still passes; a
    /// client reading a large download a few bytes a second frees its slot once the socket buffers it filled are spent.
    /// </summary>
    public static readonly MinDataRate MinResponseDataRate = new(bytesPerSecond: 1024, gracePeriod: TimeSpan.FromSeconds(5));

    public static void Apply(KestrelServerLimits limits, IConfiguration configuration)
    {
        limits.MaxConcurrentConnections = MaxConcurrentConnections;
        // Nothing on the site upgrades a connection (no WebSockets); an upgraded one would leave the count above.
        limits.MaxConcurrentUpgradedConnections = 0;
        limits.KeepAliveTimeout = KeepAliveTimeout;
        limits.RequestHeadersTimeout = RequestHeadersTimeout;
        limits.MaxRequestBodySize = MaxRequestBodySize;
        var section = configuration.GetSection(Section);
        section.Bind(limits);
        // MinDataRate has no setters, so binding leaves it alone: its two values are read here.
        var rate = section.GetSection(nameof(limits.MinResponseDataRate));
        limits.MinResponseDataRate = new MinDataRate(
            rate.GetValue(nameof(MinDataRate.BytesPerSecond), MinResponseDataRate.BytesPerSecond),
            rate.GetValue(nameof(MinDataRate.GracePeriod), MinResponseDataRate.GracePeriod));
    }
}
