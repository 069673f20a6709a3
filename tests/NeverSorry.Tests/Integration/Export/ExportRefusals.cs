using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Export;

/// <summary>What <c>export</c> will not do: publish broken content, or write into a folder that holds something.</summary>
[Collection(ProcessTier.Name)]
public sealed class ExportRefusals : IDisposable
{
    private readonly string _target = Path.Combine(Path.GetTempPath(), $"neversorry-export-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_target))
        {
            Directory.Delete(_target, recursive: true);
        }
    }

    [Fact]
    public async Task BrokenContentWithValidatesMessagesAndExitCode()
    {
        var film = ContentText.Film().Replace("\"year\": 2012,", "\"year\": 2012", StringComparison.Ordinal);
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, film).With(ContentFiles.Synopsis, "");

        var validate = await SiteProcess.RunAsync("validate", content.Path);
        var export = await SiteProcess.RunAsync("export", _target, $"--Content:Path={content.Path}");

        Assert.Equal(1, export.ExitCode);
        Assert.Equal(validate.ExitCode, export.ExitCode);
        Assert.Equal(validate.Output, export.Output);
        Assert.False(Directory.Exists(_target), "The export wrote a folder for broken content.");
    }

    [Fact]
    public async Task AFolderThatIsNotEmpty()
    {
        Directory.CreateDirectory(_target);
        await File.WriteAllTextAsync(Path.Combine(_target, "keep.txt"), "not the export's", TestContext.Current.CancellationToken);

        var (exitCode, output) = await SiteProcess.RunAsync("export", _target);

        Assert.Equal(2, exitCode);
        Assert.Contains("not empty", output, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(_target).Select(Path.GetFileName));
    }
}
