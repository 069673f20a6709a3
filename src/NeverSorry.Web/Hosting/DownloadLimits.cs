using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NeverSorry.Web.Images;
using NeverSorry.Web.Live;

namespace NeverSorry.Web.Hosting;

/// <summary>Configuration section <c>Downloads</c>: how many pictures and ZIPs are sent at once.</summary>
public sealed class DownloadOptions
{
    public const string Section = "Downloads";

    /// <summary>
    /// Downloads for press sent at once: the ZIP and the full-size originals, large enough that a slow reader
    /// holds its file for minutes. Each holds an open file besides its connection, so the open-file limit must
    /// cover <c>MaxConcurrentConnections</c> + <see cref="Files"/> + what the process needs itself (docs/operations.md).
    /// </summary>
    [Range(1, 4096)]
    public int Concurrency { get; set; } = 64;

    /// <summary>
    /// The pages' own pictures (the sizes made for them) sent at once, a limit of their own so that readers of
    /// the large downloads never take the pages' pictures down with them. Each fits a socket's buffer, so a slot
    /// is normally held for milliseconds.
    /// </summary>
    [Range(1, 4096)]
    public int PictureConcurrency { get; set; } = 192;

    /// <summary>Requests that wait for a turn, in each of the two limits (holding their connection, but no file); past it one is refused.</summary>
    [Range(0, 4096)]
    public int Queue { get; set; } = 256;

    /// <summary>The files the two limits let requests hold at once.</summary>
    public int Files => Concurrency + PictureConcurrency;
}

/// <summary>
/// Concurrency limits of their own for the ZIP and full-size downloads, and for the pages' pictures, so clients
/// reading them slowly can hold at most that many files, never the connections pages need, and never the pages'
/// pictures' turns. A refused download is told when to try again,
/// and its connection is closed, so it holds nothing.
/// </summary>
internal static class DownloadLimits
{
    public const string Policy = "downloads";

    private const string PagePictures = "page-pictures";

    /// <summary>A slot is held for as long as a slow client takes; a minute is a fair guess at when one is free.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(60);

    public static IServiceCollection AddDownloadLimits(this IServiceCollection services)
    {
        services.AddOptions<DownloadOptions>()
            .BindConfiguration(DownloadOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = RefuseAsync;
            limiter.AddPolicy(Policy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<DownloadOptions>>().Value;
                // One partition for every client: the bound is on the process's files, whoever holds them.
                var (partition, permits) = IsLargeDownload(context) ? (Policy, options.Concurrency) : (PagePictures, options.PictureConcurrency);
                return RateLimitPartition.GetConcurrencyLimiter(partition, _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = permits,
                    QueueLimit = options.Queue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            });
        });
        return services;
    }

    /// <summary>The ZIP (no picture name in its address) or a full-size original; anything else is a page's picture.</summary>
    private static bool IsLargeDownload(HttpContext context) =>
        context.Request.RouteValues["name"] is not string name
        || context.RequestServices.GetRequiredService<IContentStore>().Current.Pictures.Files
            .Any(f => f.Name == name && f.Kind is PictureKind.Original or PictureKind.Zip);

    private static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancellation)
    {
        var response = rejected.HttpContext.Response;
        response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        response.Headers.Connection = "close";
        response.ContentType = "text/plain; charset=utf-8";
        // Written here, so the status-code pages do not render a page for a client being turned away.
        await response.WriteAsync("Too many downloads at once. Please try again in a minute.\n", cancellation);
    }
}
