using System.Text;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// Markdown that makes the parser give up or the page explode is a problem in the file, worded for staff,
/// never an exception that escapes the load (on the watcher's thread, that ended the process).
/// </summary>
public sealed class ContentLoaderSurvivesHostileMarkdown : IDisposable
{
    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> TooDeep => new()
    {
        { "128 quote marks", new string('>', 128) + " x\n" },
        { "130 list markers on one line", string.Concat(Enumerable.Repeat("* ", 130)) + "x\n" },
        { "a list nested 130 levels", string.Concat(Enumerable.Range(0, 130).Select(level => new string(' ', level * 2) + "- x\n")) },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void NestingTooDeepIsAProblemOfTheFile(string shape, string text)
    {
        _folder.With(ContentFiles.Synopsis, text);

        var problem = _folder.SingleProblem();

        Assert.True(problem.File == _folder.DisplayNameOf(ContentFiles.Synopsis), $"{shape}: {problem}");
        Assert.Contains("nested", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReferenceThatMultipliesTheFileIsRefusedBeforeThePageGrowsPastItsLimit()
    {
        // Under the file's limit (about 400 KB), but each use prints the 4 KB address again: about 240 MB of page.
        var text = new StringBuilder("[r]: https://example.com/").Append('a', 4000).Append("\n\n");
        text.AppendJoin(' ', Enumerable.Repeat("[x][r]", 60_000)).Append('\n');
        _folder.With(ContentFiles.DirectorsStatement, text.ToString());

        var problem = _folder.SingleProblem();

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.DirectorsStatement), problem.File);
        Assert.Contains("larger than 1 MB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APageUnderTheLimitIsServedWhole()
    {
        var text = string.Join("\n\n", Enumerable.Repeat("Ai Weiwei is never sorry.", 15_000)) + "\n";
        _folder.With(ContentFiles.DirectorsStatement, text);

        var statement = _folder.Load().DirectorsStatement;

        Assert.Equal(15_000, Html.Parse(statement.Html).QuerySelectorAll("p").Length);
    }
}
