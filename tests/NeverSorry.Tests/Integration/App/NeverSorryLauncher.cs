using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.App;

/// <summary>
/// The site as an operator installs it: <c>dotnet publish src/NeverSorry.Web -c Release -o …</c> (once, for the whole
/// class: <see cref="PublishedCopy"/>), then the <c>never-sorry</c> command in the publish folder, typed in another
/// folder, with the live folder written once in appsettings.Production.json beside it.
/// </summary>
[Collection(ProcessTier.Name)]
[UnsupportedOSPlatform("windows")] // never-sorry is a POSIX shell script
public sealed partial class NeverSorryLauncher(NeverSorryLauncher.PublishedCopy published) : IClassFixture<NeverSorryLauncher.PublishedCopy>, IDisposable
{
    private static readonly string[] s_verbs = ["validate", "schemas", "export", "preview", "draft", "publish", "history", "restore"];

    private readonly TempContentFolder _live = TempContentFolder.CopyOfReal();

    /// <summary>Where the commands are typed: neither the publish folder nor the repository.</summary>
    private readonly string _caller = Directory.CreateTempSubdirectory("neversorry-caller-").FullName;

    public void Dispose()
    {
        published.Configure(null);
        _live.Dispose();
        Directory.Delete(_caller, recursive: true);
    }

    [Fact]
    public void TheLauncherIsPublishedExecutable()
    {
        var mode = File.GetUnixFileMode(published.Launcher);

        const UnixFileMode everyoneMayRun = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        Assert.True((mode & everyoneMayRun) == everyoneMayRun, $"{published.Launcher} has mode {mode}.");
    }

    [Fact]
    public async Task HelpListsTheVerbsInTheNeverSorryForm()
    {
        var (exitCode, output) = await RunAsync("--help");

        Assert.True(exitCode == 0, $"never-sorry --help exited with {exitCode}:{Environment.NewLine}{output}");
        var lines = Lines(output);
        Assert.Contains("never-sorry [command] [options]", lines);
        Assert.All(s_verbs, verb => Assert.Contains(lines, line => line.StartsWith(verb + " ", StringComparison.Ordinal)));
        Assert.Contains("dotnet run --project src/NeverSorry.Web -- <verb> …", lines);

        (exitCode, output) = await RunAsync("publish", "--help");

        Assert.True(exitCode == 0, $"never-sorry publish --help exited with {exitCode}:{Environment.NewLine}{output}");
        Assert.Contains(Lines(output), line => line.StartsWith("never-sorry publish <working copy> ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateWithoutAFolderChecksTheConfiguredLiveFolder()
    {
        published.Configure(_live.Path);

        var (exitCode, output) = await RunAsync("validate");

        Assert.True(exitCode == 0, $"never-sorry validate exited with {exitCode}:{Environment.NewLine}{output}");
        Assert.StartsWith($"{_live.Name}/ is valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishWithoutToComparesAWorkingCopyTypedRelativeWithTheConfiguredLiveFolder()
    {
        published.Configure(_live.Path);
        var draft = Path.Combine(_caller, "draft");
        var (made, said) = await RunAsync("draft", "draft");
        Assert.True(made == 0, $"never-sorry draft draft exited with {made}:{Environment.NewLine}{said}");
        var run = Path.Combine(draft, ContentFiles.TheatricalRun);
        var before = File.ReadAllText(run);
        File.WriteAllText(run, before.Replace("\"2012-11-08\"", "\"2012-11-15\"", StringComparison.Ordinal));

        var (exitCode, output) = await RunAsync("publish", "draft", "--dry-run");

        Assert.True(exitCode == 0, $"never-sorry publish draft --dry-run exited with {exitCode}:{Environment.NewLine}{output}");
        Assert.Contains("theatrical-run.json: IFC Center now ends 2012-11-15 (was 2012-11-08)", output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was published.", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_live.Path, ContentFiles.TheatricalRun)));
    }

    [Fact]
    public async Task UnconfiguredItSaysWhereToSetTheLiveFolderInsteadOfGuessingOne()
    {
        published.Configure(null);

        var (exitCode, output) = await RunAsync("validate");

        Assert.Equal(2, exitCode);
        Assert.Contains(
            $"Content:Path is not set for this published copy: write the live content folder in {Path.Combine(published.Folder, "appsettings.Production.json")} ",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfiguredFolderThatIsNotThereIsNamedWithTheSettingAndWhereItIsSet()
    {
        var missing = Path.Combine(_caller, "no-such-live-folder");
        published.Configure(missing);

        var (exitCode, output) = await RunAsync("history");

        Assert.Equal(2, exitCode);
        Assert.Contains(
            $"{missing}: there is no such folder. It is the configured Content:Path, from {Path.Combine(published.Folder, "appsettings.Production.json")}: correct it there, or give the live folder with --to.",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAVerbItServesTheConfiguredLiveFolderWithItsStylesheet()
    {
        published.Configure(_live.Path);
        var port = SiteProcess.FreePort();
        using var site = SiteProcess.Start(published.Command(_caller, "--urls", $"http://127.0.0.1:{port}"));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = Patience.Request };

        await site.WaitUntilHealthyAsync(client, Patience.Process);

        var home = await client.GetStringAsync(Pages.Home, TestContext.Current.CancellationToken);
        var stylesheet = Stylesheet().Match(home);
        Assert.True(stylesheet.Success, "The home page links no stylesheet.");
        using var css = await client.GetAsync(stylesheet.Groups["path"].Value, TestContext.Current.CancellationToken);
        Assert.True(css.IsSuccessStatusCode, $"{stylesheet.Groups["path"].Value} answered {css.StatusCode}:{Environment.NewLine}{site.Output}");
        // The console is written in batches at most a second apart (BufferedConsole).
        var log = await Eventually.AnswerAsync(() => Task.FromResult(site.Output), output => output.Contains("Content loaded from ", StringComparison.Ordinal));
        Assert.Contains($"Content loaded from {_live.Path}:", log, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        using var process = SiteProcess.Start(published.Command(_caller, arguments));
        var exitCode = await process.WaitForExitAsync();
        return (exitCode, process.Output);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"href=""(?<path>/css/site\.[^""]+\.css)""")]
    private static partial Regex Stylesheet();

    /// <summary>
    /// <c>dotnet publish src/NeverSorry.Web -c Release -o &lt;a temporary folder&gt;</c>, as the operator runs it, once
    /// for the class (it takes a while), from the packages the build restored (no network). Deleted on dispose.
    /// </summary>
    public sealed class PublishedCopy : IAsyncLifetime
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("neversorry-published-").FullName;

        public string Launcher => Path.Combine(Folder, "never-sorry");

        private string ProductionSettings => Path.Combine(Folder, "appsettings.Production.json");

        public async ValueTask InitializeAsync()
        {
            var start = new ProcessStartInfo(SiteProcess.DotnetHost())
            {
                WorkingDirectory = RepositoryPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // No build server or MSBuild node outlives the publish, holding its output open (and the test run with it).
            foreach (var argument in new[] { "publish", Path.Combine("src", "NeverSorry.Web"), "-c", "Release", "-o", Folder, "--no-restore", "--disable-build-servers", "-nologo" })
            {
                start.ArgumentList.Add(argument);
            }
            // The test run's own MSBuild variables (set by dotnet test) are no business of this build.
            foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(name);
            }
            using var publish = SiteProcess.Start(start);
            var exitCode = await publish.WaitForExitAsync();
            Assert.True(exitCode == 0 && File.Exists(Launcher), $"dotnet publish exited with {exitCode}:{Environment.NewLine}{publish.Output}");
        }

        /// <summary>Writes appsettings.Production.json naming <paramref name="livePath"/> as the live folder, or removes it (null).</summary>
        public void Configure(string? livePath)
        {
            if (livePath is null)
            {
                File.Delete(ProductionSettings);
                return;
            }
            File.WriteAllText(ProductionSettings, $$"""{ "Content": { "Path": {{System.Text.Json.JsonSerializer.Serialize(livePath)}} } }""");
        }

        /// <summary>never-sorry with <paramref name="arguments"/>, typed in <paramref name="caller"/>, as an operator's shell runs it.</summary>
        public ProcessStartInfo Command(string caller, params string[] arguments)
        {
            var start = new ProcessStartInfo(Launcher)
            {
                WorkingDirectory = caller,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }
            // An operator's shell: PWD is the folder typed in, dotnet is on PATH (the one running the tests), no
            // environment chosen (Production) and no Content__Path of its own.
            start.Environment["PWD"] = caller;
            if (Path.GetDirectoryName(SiteProcess.DotnetHost()) is { Length: > 0 } dotnetFolder)
            {
                start.Environment["PATH"] = $"{dotnetFolder}{Path.PathSeparator}{start.Environment["PATH"]}";
            }
            foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "Content__Path", "NEVERSORRY_CALLER_DIRECTORY", "DOTNET_USE_POLLING_FILE_WATCHER" })
            {
                start.Environment.Remove(name);
            }
            return start;
        }

        public ValueTask DisposeAsync()
        {
            Directory.Delete(Folder, recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
