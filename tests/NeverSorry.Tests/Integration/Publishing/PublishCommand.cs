using NeverSorry.Content.Model;
using NeverSorry.Content.Publishing;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Integration.Publishing;

/// <summary>
/// publish, history and restore as staff run them: a working copy replaces the live folder only when it is
/// valid as a whole, says what changed in staff terms, and every publish can be undone.
/// </summary>
public sealed class PublishCommand : IDisposable
{
    private readonly TempContentFolder _live = TempContentFolder.CopyOfReal();
    private readonly TempContentFolder _draft = TempContentFolder.CopyOfReal();
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    /// <summary>The draft starts as a plain copy of the live folder, which 'draft' makes a working copy of it.</summary>
    public PublishCommand()
    {
        Assert.Equal(0, Run("draft", _draft.Path, "--to", _live.Path));
        _output.GetStringBuilder().Clear();
    }

    private IReadOnlyList<ContentVersion> Published => [.. new ContentHistory(_live.Path).List().Where(v => v.Kind != VersionKind.Found)];

    public void Dispose()
    {
        _live.Dispose();
        _draft.Dispose();
        _output.Dispose();
        _errors.Dispose();
    }

    [Fact]
    public void SaysWhatChangesInStaffTermsAndADryRunChangesNothing()
    {
        var before = Read(_live, ContentFiles.Festivals);
        _draft.With(ContentFiles.Festivals, before.Replace(
            "{ \"name\": \"Sundance Film Festival\", \"year\": 2012 },",
            "{ \"name\": \"Sundance Film Festival\", \"year\": 2012 },\n    { \"name\": \"Example Documentary Festival\", \"year\": 2013 },",
            StringComparison.Ordinal));

        var exitCode = Run("publish", _draft.Path, "--to", _live.Path, "--dry-run");

        Assert.Equal(0, exitCode);
        var said = _output.ToString();
        Assert.Contains("festivals.json: added 2013 Example Documentary Festival", said, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was published.", said, StringComparison.Ordinal);
        Assert.Equal(before, Read(_live, ContentFiles.Festivals));
        Assert.Empty(Published);
    }

    [Fact]
    public void ReplacesTheLiveFilesRecordsWhatWentLiveByWhomAndRestoresAsARestore()
    {
        var original = Read(_live, ContentFiles.TheatricalRun);
        var edited = original.Replace("\"2012-11-08\"", "\"2012-11-15\"", StringComparison.Ordinal);
        Assert.NotEqual(original, edited);
        _draft.With(ContentFiles.TheatricalRun, edited);

        Assert.Equal(0, Run("publish", _draft.Path, "--to", _live.Path, "--by", "Anna", "--no-wait"));

        Assert.Contains("theatrical-run.json: IFC Center now ends 2012-11-15 (was 2012-11-08)", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(edited, Read(_live, ContentFiles.TheatricalRun));
        var published = Assert.Single(Published);
        Assert.Equal(("Anna", VersionKind.Published), (published.By, published.Kind));
        var before = Assert.Single(new ContentHistory(_live.Path).List(), v => v.Kind == VersionKind.Found);

        Assert.Equal(0, Run("restore", before.Name, "--to", _live.Path, "--by", "Ben", "--no-wait"));

        Assert.Equal(original, Read(_live, ContentFiles.TheatricalRun));
        Assert.Contains("IFC Center now ends 2012-11-08 (was 2012-11-15)", _output.ToString(), StringComparison.Ordinal);
        var restored = new ContentHistory(_live.Path).List()[0];
        Assert.Equal((VersionKind.Restored, "Ben", before.Name), (restored.Kind, restored.By, restored.RestoredFrom));
        _output.GetStringBuilder().Clear();
        Assert.Equal(0, Run("history", "--to", _live.Path, "--Site:TimeZone=Europe/Berlin"));
        var history = _output.ToString();
        Assert.Contains("times in Europe/Berlin", history, StringComparison.Ordinal);
        Assert.Contains($"{restored.Name}  went live {VersionWords.When(restored.WentLive, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"))}, restored by Ben: the version of ", history, StringComparison.Ordinal);
        Assert.Contains($"({before.Name})  ← live now", history, StringComparison.Ordinal);
        Assert.Contains($"{published.Name}  went live ", history, StringComparison.Ordinal);
        Assert.Contains(", published by Anna\n    theatrical-run.json: IFC Center now ends 2012-11-15", history.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAWorkingCopyWithProblemsAndLeavesTheLiveSiteAsItWas()
    {
        var before = Read(_live, ContentFiles.Film);
        _draft.With(ContentFiles.Film, ContentText.Film().Replace("\"year\": 2012,", "\"year\": 2012", StringComparison.Ordinal));

        var exitCode = Run("publish", _draft.Path, "--to", _live.Path);

        Assert.Equal(1, exitCode);
        var errors = _errors.ToString();
        Assert.Contains($"{_draft.Name}/film.json:", errors, StringComparison.Ordinal);
        Assert.Contains("Nothing was published", errors, StringComparison.Ordinal);
        Assert.Equal(before, Read(_live, ContentFiles.Film));
        Assert.Empty(Published);
    }

    [Fact]
    public void CarriesAddedAndRemovedFilesAndLeavesDotFilesAlone()
    {
        File.WriteAllText(Path.Combine(_live.Path, "notes.txt"), "an old note");
        File.WriteAllText(Path.Combine(_live.Path, ".keep-me"), "not content");
        Assert.Equal(0, Run("draft", _draft.Path, "--to", _live.Path));
        Assert.True(File.Exists(Path.Combine(_draft.Path, "notes.txt")));
        Assert.False(File.Exists(Path.Combine(_draft.Path, ".keep-me")));
        File.Delete(Path.Combine(_draft.Path, "notes.txt"));
        Directory.CreateDirectory(Path.Combine(_draft.Path, "images"));
        File.WriteAllBytes(Path.Combine(_draft.Path, "images", "still.jpg"), [1, 2, 3]);

        Assert.Equal(0, Run("publish", _draft.Path, "--to", _live.Path, "--no-wait"));

        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(_live.Path, "images", "still.jpg")));
        Assert.False(File.Exists(Path.Combine(_live.Path, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(_live.Path, ".keep-me")));
        var said = _output.ToString();
        Assert.Contains("images/still.jpg: added", said, StringComparison.Ordinal);
        Assert.Contains("notes.txt: removed", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANamedPipeInTheWorkingCopyIsNeverWaitedOn()
    {
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(_draft.Path, "notes.txt")]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // A publish that opened the pipe would wait for a writer forever; the time limit turns that into a failure.
        var exitCode = await Task.Run(() => Run("publish", _draft.Path, "--to", _live.Path, "--no-wait"), TestContext.Current.CancellationToken)
            .WaitAsync(Patience.Answer, TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Equal(0, new FileInfo(Path.Combine(_live.Path, "notes.txt")).Length);
    }

    [Fact]
    public void SaysThereIsNothingToPublishWhenTheCopyIsTheSame()
    {
        Assert.Equal(0, Run("publish", _draft.Path, "--to", _live.Path, "--no-wait"));

        Assert.Contains("Nothing to publish", _output.ToString(), StringComparison.Ordinal);
        Assert.Empty(Published);
    }

    [Fact]
    public void RefusesToPublishTheLiveFolderOntoItselfOrAnUnknownVersion()
    {
        Assert.Equal(2, Run("publish", _live.Path, "--to", _live.Path));
        Assert.Equal(2, Run("restore", "1999-01-01T000000Z", "--to", _live.Path));

        Assert.Contains("is the live folder itself", _errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("There is no version '1999-01-01T000000Z'", _errors.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A mistyped --dry-run, or a live folder without --to, is not passed on to the app as a setting (where it
    /// would be ignored, and the configured live folder published for real): it is a usage mistake.
    /// </summary>
    [Theory]
    [InlineData("--to", "{live}", "--dryrun")]
    [InlineData("{live}", "--dry-run")]
    public void RefusesWhatItDoesNotKnowAndPublishesNothing(params string[] options)
    {
        var before = Read(_live, ContentFiles.TheatricalRun);
        _draft.With(ContentFiles.TheatricalRun, before.Replace("\"2012-11-08\"", "\"2012-11-15\"", StringComparison.Ordinal));

        var exitCode = Run(["publish", _draft.Path, .. options.Select(option => option.Replace("{live}", _live.Path, StringComparison.Ordinal))]);

        Assert.Equal(2, exitCode);
        Assert.Contains("publish does not know", _errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage: never-sorry publish <working copy> [--to <live folder>] [--dry-run]", _errors.ToString(), StringComparison.Ordinal);
        Assert.Empty(_output.ToString());
        Assert.Equal(before, Read(_live, ContentFiles.TheatricalRun));
        Assert.Empty(Published);
    }

    [Fact]
    public void WithoutToTheLiveFolderIsTheOneTheSettingsConfigure()
    {
        using var other = TempContentFolder.CopyOfReal();
        Assert.Equal(0, Run("history", $"--Content:Path={other.Path}"));
        Assert.Equal(0, Run("publish", _draft.Path, "--Content:Path", _live.Path, "--dry-run"));

        Assert.Contains($"No versions yet: {other.HistoryPath} fills as you publish.", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"Nothing to publish: {_live.Path} already has this content.", _output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("publish <working copy> [--to <live folder>] [--dry-run] [--force] [--by <name>] [--no-wait]", "publish")]
    [InlineData("publish <working copy> [--to <live folder>] [--dry-run] [--force] [--by <name>] [--no-wait]", "publish", "--to", "{live}")]
    [InlineData("restore <version> [--to <live folder>] [--dry-run] [--by <name>] [--no-wait]", "restore", "--dry-run")]
    [InlineData("restore <version> [--to <live folder>] [--dry-run] [--by <name>] [--no-wait]", "restore", "2026-11-26T130418Z", "--to")]
    public void SaysHowToCallItWhenSomethingIsMissing(string usage, params string[] args)
    {
        var exitCode = Run([.. args.Select(arg => arg.Replace("{live}", _live.Path, StringComparison.Ordinal))]);

        Assert.Equal(2, exitCode);
        var lines = _errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [$"Usage: never-sorry {usage}", $"   or, from the repository: dotnet run --project src/NeverSorry.Web -- {usage}"],
            lines[^2..]);
        Assert.Contains("missing", lines[0], StringComparison.Ordinal);
        Assert.Empty(_output.ToString());
    }

    private int Run(params string[] args) => SiteCommands.TryRun(args, _output, _errors) ?? -1;

    private static string Read(TempContentFolder folder, string file) => File.ReadAllText(Path.Combine(folder.Path, file));
}
