using System.Net;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>What /healthz answers, as a monitor or a staff member reads it.</summary>
/// <param name="Code">The HTTP status.</param>
/// <param name="Text">The whole plain-text body.</param>
public sealed record HealthAnswer(HttpStatusCode Code, string Text)
{
    /// <summary>The overall status on the first line: Healthy, Degraded or Unhealthy.</summary>
    public string Status => Text.Split('\n')[0].Trim();

    public override string ToString() => $"{(int)Code} {Text}";
}

public static class Health
{
    public const string Path = "/healthz";

    public static async Task<HealthAnswer> GetHealthAsync(this HttpClient client)
    {
        using var response = await client.GetAsync(Path, TestContext.Current.CancellationToken);
        return new HealthAnswer(response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
