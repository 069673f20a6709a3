using NeverSorry.Content.Model;
using NeverSorry.Content.Publishing;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Integration.Publishing;

/// <summary>
/// What history keeps: each file's content once however many versions name it, files saved in the live
/// folder directly (kept before a publish replaces them), and the versions an older site kept as copies.
/// </summary>
public sealed class HistoryOfVersions : IDisposable
{
    private readonly TempContentFolder _live = TempContentFolder.CopyOfReal();
    private readonly TempContentFolder _draft = TempContentFolder.CopyOfReal();
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public HistoryOfVersions() => Assert.Equal(0, Run("draft", _draft.Path, "--to", _live.Path));

    public void Dispose()
    {
        _live.Dispose();
        _draft.Dispose();
        _output.Dispose();
        _errors.Dispose();
    }

    [Fact]
    public void APictureIsKeptOnceHoweverManyVersionsNameIt()
    {
        var picture = new byte[2 * 1024 * 1024];
        Random.Shared.NextBytes(picture);
        Directory.CreateDirectory(Path.Combine(_draft.Path, "images"));
        File.WriteAllBytes(Path.Combine(_draft.Path, "images", "large.bin"), picture);

        for (var i = 1; i <= 5; i++)
        {
            _draft.With(ContentFiles.Synopsis, $"Version {i} of the synopsis.\n");
            Assert.Equal(0, Run("publish", _draft.Path, "--to", _live.Path));
        }

        var history = new ContentHistory(_live.Path);
        Assert.Equal(6, history.List().Count);
        Assert.InRange(history.Size(), picture.Length, picture.Length + (1024 * 1024));
        _output.GetStringBuilder().Clear();
        Assert.Equal(0, Run("history", "--to", _live.Path));
        Assert.Contains("History takes 2.", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FilesSavedInTheLiveFolderDirectlyAreKeptBeforeAPublishReplacesThem()
    {
        var direct = "Saved in the live folder by hand.\n";
        File.WriteAllText(Path.Combine(_live.Path, ContentFiles.DirectorsStatement), direct);
        _draft.With(ContentFiles.Synopsis, "A new synopsis.\n");

        Assert.Equal(0, Run("publish", _draft.Path, "--to", _live.Path, "--force"));

        var versions = new ContentHistory(_live.Path).List();
        var found = versions[1];
        Assert.Equal(VersionKind.Found, found.Kind);
        Assert.Equal(["directors-statement.md: changed in the live folder itself"], found.Changes);
        Assert.Equal(0, Run("restore", found.Name, "--to", _live.Path));
        Assert.Equal(direct, File.ReadAllText(Path.Combine(_live.Path, ContentFiles.DirectorsStatement)));
    }

    [Fact]
    public void HistorySaysWhenTheLiveFolderHoldsNoVersion()
    {
        File.WriteAllText(Path.Combine(_live.Path, ContentFiles.Synopsis), "Saved by hand.\n");

        Assert.Equal(0, Run("history", "--to", _live.Path));

        Assert.Contains("Live now: none of these.", _output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("← live now", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void VersionsAnOlderSiteKeptAsCopiesAreListedAndRestorable()
    {
        var old = Path.Combine(_live.HistoryPath, "2026-11-26T130418Z");
        Directory.CreateDirectory(old);
        foreach (var file in Directory.EnumerateFiles(_live.Path))
        {
            File.Copy(file, Path.Combine(old, Path.GetFileName(file)));
        }
        File.WriteAllText(Path.Combine(old, ContentFiles.Synopsis), "The synopsis an older site kept.\n");

        Assert.Equal(0, Run("history", "--to", _live.Path));
        Assert.Contains("2026-11-26T130418Z  was live until Thu 26 Nov 2026, 08:04, kept by an older site", _output.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, Run("restore", "2026-11-26T130418Z", "--to", _live.Path));
        Assert.Equal("The synopsis an older site kept.\n", File.ReadAllText(Path.Combine(_live.Path, ContentFiles.Synopsis)));
    }

    [Fact]
    public void KeepsTheNewestVersionsAndTheContentOnlyTheyName()
    {
        var history = new ContentHistory(_live.Path);
        // After the version draft found in the live folder, which goes first, with the oldest.
        var first = DateTimeOffset.UtcNow.AddDays(1);
        for (var i = 0; i < ContentHistory.Keep + 2; i++)
        {
            _draft.With(ContentFiles.Synopsis, $"Version {i}.\n");
            history.Record(first.AddMinutes(i), "tester", VersionKind.Published, [], history.KeepFilesOf(_draft.Path));
        }

        var kept = history.List();
        Assert.Equal(ContentHistory.Keep, kept.Count);
        Assert.Equal(first.AddMinutes(2), kept[^1].WentLive);
        var named = kept.SelectMany(v => v.Files.Values).ToHashSet();
        Assert.Equal(named.Order(), Directory.EnumerateFiles(Path.Combine(history.Folder, "objects")).Select(Path.GetFileName).Order());
    }

    /// <summary>Runs a verb; publish and restore do not wait for pictures: no site runs here to make them.</summary>
    private int Run(params string[] args) =>
        SiteCommands.TryRun(args is ["publish" or "restore", ..] ? [.. args, "--no-wait"] : args, _output, _errors) ?? -1;
}
