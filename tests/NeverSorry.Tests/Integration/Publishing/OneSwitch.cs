using NeverSorry.Content.Files;
using NeverSorry.Content.Model;
using NeverSorry.Content.Publishing;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Integration.Publishing;

/// <summary>
/// A publish is one switch: the live path becomes a link to a complete folder of the version, replaced in one
/// rename, so whatever stops a publish (a kill, a crash, a second publish) leaves live exactly one version, and
/// the next command cleans up after it and records truthfully what went live.
/// </summary>
public sealed class OneSwitch : IDisposable
{
    private readonly TempContentFolder _live = TempContentFolder.CopyOfReal();
    private readonly string _anna = Path.Combine(Path.GetTempPath(), $"neversorry-anna-{Guid.NewGuid():N}");
    private readonly string _ben = Path.Combine(Path.GetTempPath(), $"neversorry-ben-{Guid.NewGuid():N}");
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public OneSwitch()
    {
        Assert.Equal(0, Run("draft", _anna, "--to", _live.Path));
        Assert.Equal(0, Run("draft", _ben, "--to", _live.Path));
    }

    public void Dispose()
    {
        _live.Dispose();
        foreach (var copy in new[] { _anna, _ben })
        {
            if (Directory.Exists(copy))
            {
                Directory.Delete(copy, recursive: true);
            }
        }
        _output.Dispose();
        _errors.Dispose();
    }

    [Fact]
    public void TheFirstPublishTurnsThePlainLiveFolderIntoALinkToOneCompleteVersion()
    {
        Directory.CreateDirectory(Path.Combine(_anna, "images"));
        File.WriteAllBytes(Path.Combine(_anna, "images", "large.bin"), new byte[100_000]);

        Assert.Equal(0, Run("publish", _anna, "--to", _live.Path, "--by", "Anna"));

        var history = new ContentHistory(_live.Path);
        var version = history.List()[0];
        Assert.Equal(Path.Combine($"{_live.Name}.history", "releases", version.Name), new FileInfo(_live.Path).LinkTarget);
        Assert.Equal(version.Files, ContentFileSet.Of(_live.Path).Hashes);
        // The picture in the live folder is the history's copy itself, not one more copy.
        Assert.Equal(UnixFiles.Identity(history.ObjectPath(version.Files["images/large.bin"])), UnixFiles.Identity(Path.Combine(_live.Path, "images", "large.bin")));
        Assert.Equal(
            [_live.Path, _live.HistoryPath],
            Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(_live.Path)!, $"{_live.Name}*").Order());
        Assert.Equal(["objects", "releases", "versions"], Directory.EnumerateDirectories(_live.HistoryPath).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void APublishStoppedAfterTheSwitchIsRecordedAsPublishedByWhoeverPublishedIt()
    {
        Assert.Equal(0, Run("publish", _anna, "--to", _live.Path, "--force"));
        File.WriteAllText(Path.Combine(_ben, ContentFiles.Synopsis), "Ben's synopsis.\n");
        var history = new ContentHistory(_live.Path);
        var releases = new ContentReleases(history);
        var files = history.KeepFilesOf(_ben);
        var version = history.Prepare(DateTimeOffset.UtcNow, "Ben", VersionKind.Published, ["synopsis.md: Ben's"], files);
        releases.Switch(releases.Build(files), version.Name);
        releases.Build(files); // and a second publish stopped while it built its folder

        Assert.Equal(0, Run("history", "--to", _live.Path));

        var said = _output.ToString();
        Assert.Contains($"The version {version.Name} went live, but its publish was stopped before it finished; it is now recorded in the history.", said, StringComparison.Ordinal);
        Assert.Contains($"{version.Name}  went live ", said, StringComparison.Ordinal);
        Assert.Contains("published by Ben  ← live now", said, StringComparison.Ordinal);
        Assert.Equal("Ben's synopsis.\n", File.ReadAllText(Path.Combine(_live.Path, ContentFiles.Synopsis)));
        AssertNothingLeftOver();
    }

    [Fact]
    public void APublishStoppedBeforeTheSwitchChangesNothingAndIsForgotten()
    {
        File.WriteAllText(Path.Combine(_ben, ContentFiles.Synopsis), "Ben's synopsis.\n");
        var before = File.ReadAllText(Path.Combine(_live.Path, ContentFiles.Synopsis));
        var history = new ContentHistory(_live.Path);
        var files = history.KeepFilesOf(_ben);
        var version = history.Prepare(DateTimeOffset.UtcNow, "Ben", VersionKind.Published, ["synopsis.md: Ben's"], files);
        new ContentReleases(history).Build(files);
        File.WriteAllText(Path.Combine(history.Folder, ".staging-0123456789abcdef"), "an older publish's leftover");
        File.WriteAllText(Path.Combine(history.Folder, "objects", ".incoming-0123456789abcdef"), "half a file");
        File.WriteAllText(Path.Combine(history.Folder, "versions", "2026-12-01T000000Z.pending.tmp"), "half a record");

        Assert.Equal(0, Run("history", "--to", _live.Path));

        Assert.DoesNotContain(version.Name, _output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(new ContentHistory(_live.Path).List(), v => v.Name == version.Name);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_live.Path, ContentFiles.Synopsis)));
        AssertNothingLeftOver();
    }

    [Fact]
    public async Task TwoPublishesAtOnceAlwaysLeaveOneWholeVersion()
    {
        for (var round = 1; round <= 5; round++)
        {
            foreach (var (copy, name) in new[] { (_anna, "Anna"), (_ben, "Ben") })
            {
                Assert.Equal(0, Run("draft", copy, "--to", _live.Path));
                File.WriteAllText(Path.Combine(copy, ContentFiles.Synopsis), $"{name}'s synopsis, round {round}.\n");
                File.WriteAllText(Path.Combine(copy, ContentFiles.DirectorsStatement), $"{name}'s statement, round {round}.\n");
            }

            var exits = await Task.WhenAll(
                Task.Run(() => SiteCommands.TryRun(["publish", _anna, "--to", _live.Path, "--no-wait"], TextWriter.Null, TextWriter.Null), TestContext.Current.CancellationToken),
                Task.Run(() => SiteCommands.TryRun(["publish", _ben, "--to", _live.Path, "--no-wait"], TextWriter.Null, TextWriter.Null), TestContext.Current.CancellationToken));

            // Both changed the same files from the same start: the second sees the first as a change since its copy.
            Assert.Equal([0, ContentPublisher.LiveChanged], exits.Order());
            var synopsis = File.ReadAllText(Path.Combine(_live.Path, ContentFiles.Synopsis));
            var statement = File.ReadAllText(Path.Combine(_live.Path, ContentFiles.DirectorsStatement));
            Assert.Equal(synopsis.Split('\'')[0], statement.Split('\'')[0]);
            Assert.EndsWith($"round {round}.\n", synopsis, StringComparison.Ordinal);
            Assert.Equal(new ContentHistory(_live.Path).List()[0].Files, ContentFileSet.Of(_live.Path).Hashes);
            AssertNothingLeftOver();
        }
    }

    /// <summary>No unfinished folder, temporary link or unrecorded version; release folders only of recorded versions, live's among them.</summary>
    private void AssertNothingLeftOver()
    {
        var history = new ContentHistory(_live.Path);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(history.Folder, ".*"), e => !Path.GetFileName(e).StartsWith(".lock", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(history.Folder, "releases"), ".*"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(history.Folder, "objects"), ".*"));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(history.Folder, "versions"), "*.pending*"));
        var releases = Directory.EnumerateDirectories(Path.Combine(history.Folder, "releases")).Select(Path.GetFileName).OfType<string>().ToHashSet();
        if (new ContentReleases(history).Live() is { } live)
        {
            Assert.Contains(live, releases);
        }
        Assert.Subset(history.List().Select(v => v.Name).ToHashSet(), releases);
    }

    private int Run(params string[] args) =>
        SiteCommands.TryRun(args is ["publish" or "restore", ..] ? [.. args, "--no-wait"] : args, _output, _errors) ?? -1;
}
