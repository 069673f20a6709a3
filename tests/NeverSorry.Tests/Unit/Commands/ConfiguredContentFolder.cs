using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Unit.Commands;

/// <summary>
/// A verb given no folder uses the configured <c>Content:Path</c>. A published copy ships it unset, so until the
/// operator sets it, and when it names no folder, the verb says so, where the setting is, and changes nothing (exit 2).
/// </summary>
public sealed class ConfiguredContentFolder : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();
    private readonly string _scratch = Directory.CreateTempSubdirectory("neversorry-configured-").FullName;

    public void Dispose()
    {
        _output.Dispose();
        _errors.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("schemas")]
    [InlineData("history")]
    [InlineData("publish", "{draft}", "--dry-run")]
    [InlineData("restore", "2026-11-26T130418Z")]
    [InlineData("export", "{scratch}/export")]
    public void UnsetItSaysWhereToSetTheLiveFolder(params string[] args)
    {
        using var draft = TempContentFolder.CopyOfReal();

        var exitCode = Run([.. args.Select(arg => Fill(arg, draft.Path)), "--Content:Path=", "--environment=Production"]);

        Assert.Equal(2, exitCode);
        var message = Assert.Single(Lines(_errors));
        Assert.StartsWith("Content:Path is not set for this published copy: write the live content folder in ", message, StringComparison.Ordinal);
        Assert.EndsWith(
            $"{Path.DirectorySeparatorChar}appsettings.Production.json as {{\"Content\":{{\"Path\":\"/srv/never-sorry/content\"}}}}, or set the environment variable Content__Path.",
            message,
            StringComparison.Ordinal);
        Assert.Empty(_output.ToString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_scratch));
    }

    [Theory]
    [InlineData("give the folder: validate <folder>", "validate")]
    [InlineData("give the folder: schemas <folder>", "schemas")]
    [InlineData("give the live folder with --to", "history")]
    [InlineData("give the live folder with --to", "publish", "{draft}")]
    [InlineData("give it with --Content:Path=<folder>", "export", "{scratch}/export")]
    public void AFolderThatIsNotThereIsNamedWithTheSettingAndWhereItComesFrom(string instead, params string[] args)
    {
        using var draft = TempContentFolder.CopyOfReal();
        var missing = Path.Combine(_scratch, "no-such-live-folder");

        var exitCode = Run([.. args.Select(arg => Fill(arg, draft.Path)), $"--Content:Path={missing}"]);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            $"{missing}: there is no such folder. It is the configured Content:Path, from --Content:Path on the command line: correct it there, or {instead}.",
            Assert.Single(Lines(_errors)));
        Assert.Empty(_output.ToString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_scratch));
    }

    [Fact]
    public void AFolderGivenIsUsedWhateverTheSettingSays()
    {
        using var live = TempContentFolder.CopyOfReal();
        using var draft = TempContentFolder.CopyOfReal();

        Assert.Equal(0, Run("publish", draft.Path, "--to", live.Path, "--dry-run", "--Content:Path="));
        Assert.Equal(0, Run("validate", live.Path, "--Content:Path="));

        Assert.Empty(_errors.ToString());
    }

    private string Fill(string arg, string draft) =>
        arg.Replace("{draft}", draft, StringComparison.Ordinal).Replace("{scratch}", _scratch, StringComparison.Ordinal);

    private int? Run(params string[] args) => SiteCommands.TryRun(args, _output, _errors);

    private static List<string> Lines(StringWriter writer) =>
        [.. writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)];
}
