using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NeverSorry.Web.Hosting;

/// <summary>Configuration section <c>Downloads</c>: how many picture and ZIP downloads are sent at once.</summary>
public sealed class DownloadOptions
{
    public const string Section = "Downloads";

    /// <summary>
    /// Downloads sent at once. Each holds an open file besides its connection, so the open-file limit must cover
    /// <c>MaxConcurrentConnections</c> + this + what the process needs itself (docs/operations.md).
    /// </summary>
    [Range(1, 4096)]
    public int Concurrency { get; set; } = 64;

    /// <summary>Downloads that wait for a turn (holding their connection, but no file); past it a download is refused.</summary>
    [Range(0, 4096)]
    public int Queue { get; set; } = 256;
}

/// <summary>
/// A concurrency limit of their own for the picture and ZIP downloads, so clients reading them slowly can hold
/// at most that many files and never the connections pages need. A refused download is told when to try again,
/// and its connection is closed, so it holds nothing.
/// </summary>
internal static class DownloadLimits
{
    public const string Policy = "downloads";

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
                return RateLimitPartition.GetConcurrencyLimiter(Policy, _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = options.Concurrency,
                    QueueLimit = options.Queue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            });
        });
        return services;
    }

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
