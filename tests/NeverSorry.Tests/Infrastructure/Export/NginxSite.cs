using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace NeverSorry.Tests.Infrastructure.Export;

/// <summary>
/// The export served by nginx with the repository's sample configuration (deploy/nginx), as a non-daemon
/// child process on a loopback port, with its configuration, pid, logs and temporary files in a folder of
/// its own. Nothing starts where nginx is not installed: the tests skip themselves then.
/// </summary>
public class NginxSite : IAsyncLifetime
{
    private readonly ExportedSite _export;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"neversorry-nginx-{Guid.NewGuid():N}");
    private Process? _nginx;

    public NginxSite()
        : this(new ExportedSite())
    {
    }

    /// <summary>nginx over the export of another content folder (one with pictures, say).</summary>
    protected NginxSite(ExportedSite export) => _export = export;

    /// <summary>The export it serves.</summary>
    public ExportedSite Export => _export;

    /// <summary>A client for nginx that asks for no compression unless a test does, and reports redirects instead of following them.</summary>
    public HttpClient Client { get; } = new(new HttpClientHandler { AllowAutoRedirect = false });

    public async ValueTask InitializeAsync()
    {
        if (!Nginx.IsInstalled)
        {
            return;
        }
        await _export.InitializeAsync();
        var port = SiteProcess.FreePort();
        Client.BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Directory.CreateDirectory(Path.Combine(_folder, "temp"));
        CopyFolder(Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "never-sorry"), Path.Combine(_folder, "never-sorry"));
        var configuration = Path.Combine(_folder, "nginx.conf");
        await File.WriteAllTextAsync(configuration, Configuration(port), TestContext.Current.CancellationToken);

        var start = new ProcessStartInfo(Nginx.Executable);
        foreach (var argument in new[] { "-p", _folder, "-c", configuration, "-e", Path.Combine(_folder, "error.log") })
        {
            start.ArgumentList.Add(argument);
        }
        _nginx = Process.Start(start)!;
        await WaitUntilItAnswersAsync(port);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill();
            await _nginx.WaitForExitAsync();
        }
        _nginx?.Dispose();
        Client.Dispose();
        await _export.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// What an operator's nginx.conf and conf.d/never-sorry.conf provide around the sample's site.conf: the
    /// modules, the MIME types, and a server block whose root is the export. One process (no master and
    /// workers), in the foreground, so killing it stops it.
    /// </summary>
    private string Configuration(int port)
    {
        var temp = Path.Combine(_folder, "temp");
        var modules = string.Concat(Nginx.Modules.Select(module => $"load_module {module};\n"));
        return modules + $$"""
            master_process off;
            daemon off;
            pid {{Path.Combine(_folder, "nginx.pid")}};
            error_log {{Path.Combine(_folder, "error.log")}};
            events { worker_connections 64; }
            http {
                include {{Nginx.MimeTypes}};
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path {{temp}};
                proxy_temp_path {{temp}};
                fastcgi_temp_path {{temp}};
                uwsgi_temp_path {{temp}};
                scgi_temp_path {{temp}};
                server {
                    listen 127.0.0.1:{{port.ToString(CultureInfo.InvariantCulture)}};
                    root {{_export.Folder}};
                    include never-sorry/site.conf;
                }
            }
            """;
    }

    private async Task WaitUntilItAnswersAsync(int port)
    {
        var deadline = DateTime.UtcNow + Patience.Process;
        while (true)
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync("127.0.0.1", port, TestContext.Current.CancellationToken);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_nginx!.HasExited)
            {
                await Task.Delay(25, TestContext.Current.CancellationToken);
            }
            catch (SocketException)
            {
                var log = Path.Combine(_folder, "error.log");
                Assert.Fail($"nginx did not answer on port {port}. Its error log: {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "none")}");
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
