using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NeverSorry.Web.Content;

/// <summary>Reports whether the site has content to serve, and from when.</summary>
internal sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.IsLoaded
            ? HealthCheckResult.Healthy($"Content loaded at {store.Current.LoadedAt:O}.")
            : HealthCheckResult.Unhealthy("No content has been loaded."));
}
