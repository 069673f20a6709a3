using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NeverSorry.Web.Live;

/// <summary>
/// Degraded while picture files the pages need cannot be made (a full or read-only cache, a picture libvips
/// cannot decode), naming each picture as film.json does; Healthy again once they are made.
/// </summary>
internal sealed class PictureHealthCheck(ContentStore store, PictureWorker worker) : IHealthCheck
{
    public const string Name = "pictures";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failures = store.IsLoaded ? worker.Failures.Describe(store.Current.Pictures) : [];
        return Task.FromResult(failures.Count == 0
            ? HealthCheckResult.Healthy("Every picture file the pages need is made, or being made.")
            : HealthCheckResult.Degraded($"The pages go without some pictures until the site can make them:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}"));
    }
}
