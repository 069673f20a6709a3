using System.Net.Sockets;
using System.Text;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// One TCP connection to a site on a loopback port, driven byte by byte as a client (or an attacker) would:
/// send a request or a fragment, read one answer, or learn that the server closed the connection.
/// </summary>
public sealed class RawConnection : IDisposable
{
    private readonly TcpClient _tcp = new();
    private readonly byte[] _buffer = new byte[64 * 1024];

    private RawConnection()
    {
    }

    public static async Task<RawConnection> OpenAsync(int port)
    {
        var connection = new RawConnection();
        await connection._tcp.ConnectAsync("127.0.0.1", port, TestContext.Current.CancellationToken);
        return connection;
    }

    public Task SendAsync(string text) =>
        _tcp.GetStream().WriteAsync(Encoding.Latin1.GetBytes(text), TestContext.Current.CancellationToken).AsTask();

    /// <summary>
    /// Sends a keep-alive HEAD (an answer without a body, so the connection is ready for the next one) and
    /// returns its status, or 0 when the connection was closed instead.
    /// </summary>
    public async Task<int> HeadAsync(string path)
    {
        var head = "";
        try
        {
            await SendAsync($"HEAD {path} HTTP/1.1\r\nHost: localhost\r\n\r\n");
            while (!head.EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                var more = await ReadAsync();
                if (more == "")
                {
                    return 0;
                }
                head += more;
            }
        }
        catch (IOException)
        {
            return 0;
        }
        var statusLine = head.Split("\r\n", 2)[0].Split(' ');
        return statusLine.Length > 1 && int.TryParse(statusLine[1], out var status) ? status : 0;
    }

    /// <summary>True when the server closes the connection (or resets it) within the request patience, with nothing to read.</summary>
    public async Task<bool> IsClosedByServerAsync()
    {
        try
        {
            return await ReadAsync() == "";
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose() => _tcp.Dispose();

    /// <summary>What the next read brings: the start of an answer, or "" when the server closed the connection.</summary>
    private async Task<string> ReadAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience.Request);
        var read = await _tcp.GetStream().ReadAsync(_buffer, timeout.Token);
        return Encoding.Latin1.GetString(_buffer, 0, read);
    }
}
