using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using NeverSorry.Web.Hosting;

namespace NeverSorry.Tests.Unit.Site;

/// <summary>
/// What one connection may hold of the process: bounded with no configuration at all, never loosened where
/// Kestrel's defaults protect, and changed by the operator through <c>Kestrel:Limits</c>.
/// </summary>
public sealed class ServerLimitsApplied
{
    [Fact]
    public void BoundConnectionsAndShortenIdleAndSlowOnesWithNoConfiguration()
    {
        var limits = Applied(new Dictionary<string, string?>());

        Assert.Equal(4096, limits.MaxConcurrentConnections);
        Assert.Equal(0, limits.MaxConcurrentUpgradedConnections);
        Assert.True(limits.KeepAliveTimeout <= TimeSpan.FromSeconds(15), $"Keep-alive timeout {limits.KeepAliveTimeout}.");
        Assert.True(limits.RequestHeadersTimeout <= TimeSpan.FromSeconds(10), $"Request headers timeout {limits.RequestHeadersTimeout}.");
        Assert.True(limits.MaxRequestBodySize <= 16 * 1024, $"Request body limit {limits.MaxRequestBodySize}.");
        Assert.Equal((1024, TimeSpan.FromSeconds(5)), (limits.MinResponseDataRate!.BytesPerSecond, limits.MinResponseDataRate.GracePeriod));
    }

    [Fact]
    public void LeaveKestrelsOwnProtectionsAsTight()
    {
        var limits = Applied(new Dictionary<string, string?>());
        var kestrel = new KestrelServerLimits();

        Assert.True(limits.MaxRequestLineSize <= kestrel.MaxRequestLineSize);
        Assert.True(limits.MaxRequestHeadersTotalSize <= kestrel.MaxRequestHeadersTotalSize);
        Assert.True(limits.MaxRequestHeaderCount <= kestrel.MaxRequestHeaderCount);
        Assert.NotNull(limits.MinRequestBodyDataRate);
        Assert.NotNull(limits.MinResponseDataRate);
    }

    [Fact]
    public void AreChangedByTheOperatorsSettings()
    {
        var limits = Applied(new Dictionary<string, string?>
        {
            ["Kestrel:Limits:MaxConcurrentConnections"] = "20000",
            ["Kestrel:Limits:KeepAliveTimeout"] = "00:01:00",
            ["Kestrel:Limits:MinResponseDataRate:BytesPerSecond"] = "4096",
        });

        Assert.Equal(20_000, limits.MaxConcurrentConnections);
        Assert.Equal((4096, TimeSpan.FromSeconds(5)), (limits.MinResponseDataRate!.BytesPerSecond, limits.MinResponseDataRate.GracePeriod));
        Assert.Equal(TimeSpan.FromMinutes(1), limits.KeepAliveTimeout);
        Assert.Equal(ServerLimits.RequestHeadersTimeout, limits.RequestHeadersTimeout);
    }

    private static KestrelServerLimits Applied(Dictionary<string, string?> settings)
    {
        var limits = new KestrelServerLimits();
        ServerLimits.Apply(limits, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return limits;
    }
}
