using System.Diagnostics;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Integration.Publishing;

/// <summary>
/// A publish carries every file of a working copy, named or not: a file nothing names is refused over the size a
/// picture may have, costs the history nothing more when published again, and no file name can put a control
/// character in what validate or publish print.
/// </summary>
public sealed class FilesNothingNames : IDisposable
{
    private readonly TempContentFolder _live = TempContentFolder.CopyOfReal();
    private readonly string _draft = Path.Combine(Path.GetTempPath(), $"neversorry-draft-{Guid.NewGuid():N}");
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public FilesNothingNames() => Assert.Equal(0, Run("draft", _draft, "--to", _live.Path));

    public void Dispose()
    {
        _live.Dispose();
        Directory.Delete(_draft, recursive: true);
        _output.Dispose();
        _errors.Dispose();
    }

    private string DraftName => Path.GetFileName(_draft);

    [Theory]
    [InlineData("validate")]
    [InlineData("publish")]
    public void AFileNothingNamesOverThePictureLimitIsRefusedWithItsSize(string verb)
    {
        using (var large = File.Create(Path.Combine(_draft, "notes.bin")))
        {
            large.SetLength(PictureLimits.MaxFileBytes + 1);
        }

        var exitCode = verb == "validate" ? Run("validate", _draft) : Run("publish", _draft, "--to", _live.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{DraftName}/notes.bin:1:1: nothing names this file, yet a publish would copy it to the live site; it is 64.1 MB, and a file nothing names may have at most 64 MB. Take it out of the folder.", _errors.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_live.Path, "notes.bin")));
        Assert.DoesNotContain(Directory.EnumerateFiles(_live.HistoryPath, "*", SearchOption.AllDirectories), f => new FileInfo(f).Length > PictureLimits.MaxFileBytes);
    }

    [Fact]
    public void TheSameFileNothingNamesPublishedAgainDoesNotGrowTheHistory()
    {
        var extra = new byte[1024 * 1024];
        Random.Shared.NextBytes(extra);
        Directory.CreateDirectory(Path.Combine(_draft, "images"));
        File.WriteAllBytes(Path.Combine(_draft, "images", "extra.bin"), extra);
        Assert.Equal(0, Run("publish", _draft, "--to", _live.Path));
        var before = DiskUse(_live.HistoryPath);

        File.WriteAllText(Path.Combine(_draft, ContentFiles.Synopsis), "A new synopsis.\n");
        Assert.Equal(0, Run("publish", _draft, "--to", _live.Path));

        Assert.InRange(DiskUse(_live.HistoryPath) - before, 0, 16 * 1024);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("publish")]
    public void AControlCharacterInANameIsRefusedAndNeverPrintedRaw(string verb)
    {
        File.WriteAllText(Path.Combine(_draft, "notes\u001B[2K.txt"), "a note");
        File.WriteAllText(Path.Combine(_draft, "fake\rline.txt"), "a note");

        var exitCode = verb == "validate" ? Run("validate", _draft) : Run("publish", _draft, "--to", _live.Path, "--dry-run");

        Assert.Equal(1, exitCode);
        var said = _output.ToString() + _errors.ToString();
        Assert.Contains($"{DraftName}/notes\\u001B[2K.txt:1:1: this name holds a control character", said, StringComparison.Ordinal);
        Assert.Contains($"{DraftName}/fake\\u000Dline.txt:1:1: this name holds a control character", said, StringComparison.Ordinal);
        Assert.DoesNotContain(said.ReplaceLineEndings("\n"), c => c < ' ' && c != '\n');
    }

    /// <summary>What du says the folder takes: a file with several names (hard links) counts once.</summary>
    private static long DiskUse(string folder)
    {
        using var du = Process.Start(new ProcessStartInfo("du", ["-sb", folder]) { RedirectStandardOutput = true })!;
        var said = du.StandardOutput.ReadToEnd();
        du.WaitForExit(Patience.Answer);
        return long.Parse(said.Split('\t')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private int Run(params string[] args) =>
        SiteCommands.TryRun(args is ["publish" or "restore", ..] ? [.. args, "--no-wait"] : args, _output, _errors) ?? -1;
}
