using System.Diagnostics;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// A content file may be a link, a pipe or something huge, by mistake or by malice: the site reads only
/// ordinary files that lie inside the content folder, never waits on one, and says why in plain words.
/// </summary>
public sealed class ContentLoaderReadsOnlyFilesInTheFolder : IDisposable
{
    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), $"neversorry-outside-{Guid.NewGuid():N}");

    public ContentLoaderReadsOnlyFilesInTheFolder() => Directory.CreateDirectory(_outside);

    public void Dispose()
    {
        _folder.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/proc/self/environ")]
    public void ALinkOutOfTheFolderIsRefusedAndNothingOfItIsRead(string target)
    {
        LinkInFolder(ContentFiles.Synopsis, target);

        var problem = _folder.SingleProblem();

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Synopsis), problem.File);
        Assert.Contains("outside the content folder", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(target, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkThroughAFolderLinkThatLeavesTheFolderIsRefused()
    {
        // Spelled as a path inside the folder, but the folder 'shared' is itself a link to elsewhere.
        File.WriteAllText(Path.Combine(_outside, "statement.md"), "A secret of the server.\n");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "shared"), _outside);
        LinkInFolder(ContentFiles.DirectorsStatement, Path.Combine("shared", "statement.md"));

        var problem = _folder.SingleProblem();

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.DirectorsStatement), problem.File);
        Assert.Contains("outside the content folder", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkToAnotherFileInsideTheFolderIsRead()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "synopsis-2026.md"), "The synopsis of this year.\n");
        LinkInFolder(ContentFiles.Synopsis, "synopsis-2026.md");

        var synopsis = _folder.Load().Synopsis;

        Assert.Equal("The synopsis of this year.", Html.Parse(synopsis.Html).QuerySelector("p")!.ReadableText());
    }

    [Fact]
    public void ALinkToNothingIsNamed()
    {
        LinkInFolder(ContentFiles.Festivals, "festivals-draft.json");

        var problem = _folder.SingleProblem();

        Assert.Contains("link to a file that does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANamedPipeIsRefusedWithoutWaitingForAWriter()
    {
        _folder.Without(ContentFiles.Festivals);
        MakeFifo(Path.Combine(_folder.Path, ContentFiles.Festivals));

        // Opening a pipe for reading waits for a writer that never comes: bounded here, so a hang fails.
        var problem = await Task.Run(_folder.SingleProblem, TestContext.Current.CancellationToken).WaitAsync(Patience.Answer, TestContext.Current.CancellationToken);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Festivals), problem.File);
        Assert.Contains("not an ordinary file", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderInPlaceOfAFileIsNamed()
    {
        _folder.Without(ContentFiles.Synopsis);
        Directory.CreateDirectory(Path.Combine(_folder.Path, ContentFiles.Synopsis));

        var problem = _folder.SingleProblem();

        Assert.Contains("a folder, not a file", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AContentFolderReachedThroughALinkLoads()
    {
        var current = Path.Combine(_outside, "current");
        Directory.CreateSymbolicLink(current, _folder.Path);

        var snapshot = new ContentLoader(TimeProvider.System).Load(new ContentFolder(current));

        Assert.Equal(10, snapshot.Festivals.Count);
    }

    [Theory]
    [InlineData(ContentFiles.Festivals, 8 * 1024 * 1024, "8 MB")]
    [InlineData(ContentFiles.Synopsis, 512 * 1024, "512 KB")]
    public void AFileOverItsSizeIsRefused(string fileName, int limit, string words)
    {
        // Valid to the parser (JSON and Markdown both allow trailing spaces), only too big.
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Content, fileName)) + new string(' ', limit);
        _folder.With(fileName, text);

        var problem = _folder.SingleProblem();

        Assert.Equal(_folder.DisplayNameOf(fileName), problem.File);
        Assert.Contains($"larger than {words}", problem.Message, StringComparison.Ordinal);
    }

    private void LinkInFolder(string fileName, string target)
    {
        _folder.Without(fileName);
        File.CreateSymbolicLink(Path.Combine(_folder.Path, fileName), target);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
