using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// The built site run the way an operator runs a published app: <c>dotnet NeverSorry.Web.dll …</c> in its
/// own process, with the web project's folder as working directory so it finds appsettings.json. What it
/// prints is kept; disposing kills it (and anything it started) if it is still running.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _outputLock = new();

    private SiteProcess(Process process) => _process = process;

    /// <summary>The web project's folder, the content root of a site started from a clone.</summary>
    public static string WorkingDirectory => Path.Combine(RepositoryPaths.Root, "src", "NeverSorry.Web");

    /// <summary>Standard output and standard error, interleaved as they arrived.</summary>
    public string Output
    {
        get
        {
            lock (_outputLock)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <param name="arguments">The app's arguments, after the path to NeverSorry.Web.dll.</param>
    /// <param name="environment">Variables to set for the process on top of the test's own.</param>
    public static SiteProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NeverSorry.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_USE_POLLING_FILE_WATCHER");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        return Start(start);
    }

    /// <summary>
    /// Starts any program the way <see cref="Start(IEnumerable{string}, IReadOnlyDictionary{string, string}?)"/> starts the
    /// app (a publish, the never-sorry launcher), keeping what it prints; its output must be redirected.
    /// </summary>
    public static SiteProcess Start(ProcessStartInfo start)
    {
        var process = new Process { StartInfo = start };
        var site = new SiteProcess(process);
        process.OutputDataReceived += (_, line) => site.Append(line.Data);
        process.ErrorDataReceived += (_, line) => site.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return site;
    }

    /// <summary>Runs the app to its end and returns its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        using var site = Start(arguments);
        var exitCode = await site.WaitForExitAsync();
        return (exitCode, site.Output);
    }

    /// <summary>Waits for the process to end by itself; a process that hangs is killed and fails the test.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience.Process);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Kill();
            Assert.Fail($"The app was still running after {Patience.Process.TotalSeconds} s and was killed. It printed:{Environment.NewLine}{Output}");
        }
        return _process.ExitCode;
    }

    /// <summary>
    /// Waits until the site answers /healthz with Healthy (through <paramref name="client"/>, whose base
    /// address is the site's); fails the test, with what the site printed, if it exits or is not healthy in time.
    /// </summary>
    public async Task WaitUntilHealthyAsync(HttpClient client, TimeSpan patience)
    {
        var health = await Eventually.AnswerAsync(
            async () =>
            {
                try
                {
                    return (await client.GetHealthAsync()).Status;
                }
                catch (HttpRequestException)
                {
                    return "not listening";
                }
            },
            status => status == "Healthy" || HasExited,
            patience);
        Assert.True(health == "Healthy", $"The site at {client.BaseAddress} did not start ({health}):{Environment.NewLine}{Output}");
    }

    /// <summary>A port nobody listens on right now, for a server the test starts itself.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_outputLock)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>The dotnet host running the tests (the SDK names it in DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
