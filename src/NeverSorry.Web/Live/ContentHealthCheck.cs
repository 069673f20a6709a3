using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NeverSorry.Web.Live;

/// <summary>
/// Healthy while the content files load cleanly. When an edit breaks them the site keeps serving the last
/// good version, so the check reports Degraded (the instance still answers) and names every problem.
/// </summary>
internal sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    public const string Name = "content";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = store.Problems;
        var result = (store.IsLoaded, problems.Count) switch
        {
            (false, _) => HealthCheckResult.Unhealthy("No content has been loaded."),
            (true, 0) => HealthCheckResult.Healthy($"Content loaded at {store.Current.LoadedAt:O}."),
            _ => HealthCheckResult.Degraded(
                (store.Current.KeptFrom is { } kept
                    ? $"Serving the last good version the site kept (loaded at {kept:O}), because the live files had problems when it started"
                    : $"Serving the content loaded at {store.Current.LoadedAt:O}")
                + $"; the files now have {problems.Count} problem(s):"
                + Environment.NewLine + string.Join(Environment.NewLine, problems)),
        };
        return Task.FromResult(result);
    }
}
