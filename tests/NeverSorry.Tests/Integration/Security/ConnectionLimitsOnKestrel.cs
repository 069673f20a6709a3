using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Security;

/// <summary>
/// The connection limits an operator sets on the command line (<c>--Kestrel:Limits:…</c>) reach the real
/// server: past the connection limit a new connection is closed at once, and an idle one is closed after the
/// keep-alive timeout. (bench/flood.sh shows the defaults holding 25,000 idle connections at bay.)
/// </summary>
[Collection(ProcessTier.Name)]
public sealed class ConnectionLimitsOnKestrel(ConnectionLimitsOnKestrel.LimitedSite site) : IClassFixture<ConnectionLimitsOnKestrel.LimitedSite>
{
    /// <summary>The built app allowed two connections, each idle for ten seconds at most.</summary>
    public sealed class LimitedSite : IAsyncLifetime
    {
        private SiteProcess? _process;

        public int Port { get; } = SiteProcess.FreePort();

        public async ValueTask InitializeAsync()
        {
            _process = SiteProcess.Start(
            [
                $"--Content:Path={RepositoryPaths.Content}", "--urls", $"http://127.0.0.1:{Port}",
                "--Kestrel:Limits:MaxConcurrentConnections=2", "--Kestrel:Limits:KeepAliveTimeout=00:00:10",
            ]);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };
            await _process.WaitUntilHealthyAsync(client, Patience.Process);
        }

        public ValueTask DisposeAsync()
        {
            _process?.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    [Fact]
    public async Task AConnectionPastTheLimitIsClosedWhileTheOthersAreServed()
    {
        using var first = await OpenServedConnectionAsync();
        using var second = await OpenServedConnectionAsync();

        using var third = await RawConnection.OpenAsync(site.Port);

        Assert.True(await third.IsClosedByServerAsync(), "A third connection was kept open past a limit of two.");
        // Had the third been closed only by its keep-alive timeout, the first, idle longer, would be closed too.
        Assert.Equal(200, await first.HeadAsync(Pages.Home));
    }

    [Fact]
    public async Task AnIdleConnectionIsClosedAfterTheKeepAliveTimeout()
    {
        using var idle = await OpenServedConnectionAsync();

        Assert.True(await idle.IsClosedByServerAsync(), "An idle connection was kept open for longer than the request patience.");
    }

    /// <summary>
    /// A connection the site has answered on: the fixture's or another test's closed connections may still be
    /// counted for a moment, so it is tried again until one is served.
    /// </summary>
    private async Task<RawConnection> OpenServedConnectionAsync()
    {
        RawConnection? served = null;
        await Eventually.AnswerAsync(
            async () =>
            {
                var connection = await RawConnection.OpenAsync(site.Port);
                if (await connection.HeadAsync(Pages.Home) == 200)
                {
                    served = connection;
                    return true;
                }
                connection.Dispose();
                return false;
            },
            isServed => isServed);
        Assert.True(served is not null, "The site served no new connection.");
        return served;
    }
}
