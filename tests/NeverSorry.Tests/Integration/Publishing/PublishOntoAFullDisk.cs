using System.Diagnostics;
using NeverSorry.Content.Publishing;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Integration.Publishing;

/// <summary>
/// A publish onto a disk that fills up says so in one sentence, leaves live and the history as they were, and
/// leaves nothing behind that keeps the disk full. The live folder and its history are on a small tmpfs of their own.
/// </summary>
public sealed class PublishOntoAFullDisk : IDisposable
{
    private readonly string _disk = Directory.CreateTempSubdirectory("neversorry-disk-").FullName;
    private readonly string _draft = Path.Combine(Path.GetTempPath(), $"neversorry-draft-{Guid.NewGuid():N}");
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();
    private bool _mounted;

    public void Dispose()
    {
        if (_mounted)
        {
            Command("umount", _disk);
        }
        Directory.Delete(_disk, recursive: true);
        if (Directory.Exists(_draft))
        {
            Directory.Delete(_draft, recursive: true);
        }
        _output.Dispose();
        _errors.Dispose();
    }

    [Fact]
    public void SaysTheDiskIsFullAndLeavesLiveAndTheHistoryAsTheyWere()
    {
        _mounted = Command("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", _disk) == 0;
        Prerequisites.Require(_mounted, "MOUNT_TESTS_REQUIRED", "mounting a small tmpfs needs root");
        using var real = TempContentFolder.CopyOfReal();
        var live = Path.Combine(_disk, "live");
        CopyFolder(real.Path, live);
        Assert.Equal(0, Run("draft", _draft, "--to", live));
        var before = ContentFileSet.Of(live).Hashes;
        var free = new DriveInfo(_disk).AvailableFreeSpace;
        Directory.CreateDirectory(Path.Combine(_draft, "images"));
        File.WriteAllBytes(Path.Combine(_draft, "images", "large.bin"), new byte[2 * 1024 * 1024]);

        var exitCode = Run("publish", _draft, "--to", live);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            [$"Nothing was published: the disk holding {live}.history is full, so the live site is unchanged; make room on it and publish again."],
            _errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(before, ContentFileSet.Of(live).Hashes);
        Assert.Single(new ContentHistory(live).List());
        Assert.Empty(Directory.EnumerateFileSystemEntries(live + ".history", ".*-*", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(live + ".history", "*.pending", SearchOption.AllDirectories));
        Assert.InRange(new DriveInfo(_disk).AvailableFreeSpace, free - (64 * 1024), long.MaxValue);

        // With room made, the same copy publishes.
        File.Delete(Path.Combine(_draft, "images", "large.bin"));
        File.WriteAllText(Path.Combine(_draft, "synopsis.md"), "A new synopsis.\n");
        Assert.Equal(0, Run("publish", _draft, "--to", live));
        Assert.Equal("A new synopsis.\n", File.ReadAllText(Path.Combine(live, "synopsis.md")));
    }

    [Fact]
    public void ADiskFullBeforeThePublishStartsIsSaidSoToo()
    {
        _mounted = Command("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", _disk) == 0;
        Prerequisites.Require(_mounted, "MOUNT_TESTS_REQUIRED", "mounting a small tmpfs needs root");
        using var real = TempContentFolder.CopyOfReal();
        var live = Path.Combine(_disk, "live");
        CopyFolder(real.Path, live);
        Assert.Equal(0, Run("draft", _draft, "--to", live));
        File.WriteAllText(Path.Combine(_draft, "synopsis.md"), "A new synopsis.\n");
        FillUp(_disk);

        Assert.Equal(2, Run("publish", _draft, "--to", live));

        Assert.StartsWith("Nothing was published: the disk holding ", _errors.ToString(), StringComparison.Ordinal);
        Assert.Single(new ContentHistory(live).List());
    }

    /// <summary>Fills the disk to the last byte, as a log that grew overnight would.</summary>
    private static void FillUp(string disk)
    {
        using var filler = new FileStream(Path.Combine(disk, "filler"), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                filler.Write(block);
            }
        }
        catch (IOException ex) when (PublishFailure.IsDiskFull(ex))
        {
            // Full.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static int Command(string name, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(name, args) { RedirectStandardError = true })!;
            process.WaitForExit(Patience.Answer);
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }

    private int Run(params string[] args) =>
        SiteCommands.TryRun(args is ["publish" or "restore", ..] ? [.. args, "--no-wait"] : args, _output, _errors) ?? -1;
}
