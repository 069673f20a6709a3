using System.Text;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// Plausible slips of a staff member editing by hand (issue 14): each is refused with a message that names
/// the real mistake, at the line and column where it is.
/// </summary>
public sealed class ContentLoaderNamesStaffSlips : IDisposable
{
    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AnEngagementWrittenTwiceIsRefusedNamingBothLines()
    {
        var text = ContentText.Run(
            """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-08" }""",
            """{ "theater": "Town Center 5", "start": "2012-08-03", "end": "2012-08-09" }""",
            """{ "theater": "Town Center 5", "start": "2012-08-03", "end": "2012-08-09" }""");

        var problem = _folder.SingleProblemWith(ContentFiles.TheatricalRun, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.TheatricalRun), problem.File);
        Assert.Equal(5, problem.Line);
        Assert.Equal(
            "this engagement (Town Center 5, 2012-08-03 to 2012-08-09) is written twice, on line 4 and on this line, and its days would be counted twice. Remove one of the two lines.",
            problem.Message);
    }

    [Fact]
    public void TheSameTheaterOnOtherDatesIsASecondEngagement()
    {
        _folder.With(ContentFiles.TheatricalRun, ContentText.Run(
            """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-08" }""",
            """{ "theater": "IFC Center", "start": "2012-12-28", "end": "2013-01-10" }"""));

        Assert.Equal(2, _folder.Load().Engagements.Count);
    }

    [Theory]
    [InlineData("2012-02-30", "'end' is \"2012-02-30\", but February 2012 has no 30th: it has 29 days. Correct the date.")]
    [InlineData("2013-02-29", "'end' is \"2013-02-29\", but February 2013 has no 29th: it has 28 days. Correct the date.")]
    [InlineData("2012-09-31", "'end' is \"2012-09-31\", but September 2012 has no 31st: it has 30 days. Correct the date.")]
    [InlineData("2012-13-01", "'end' is \"2012-13-01\", but there is no month 13: dates are written year-month-day (yyyy-MM-dd), so the month comes second and goes from 01 to 12. Correct the date.")]
    public void ADateThatIsNotOnTheCalendarSaysWhichPartIsWrong(string end, string message)
    {
        var text = ContentText.Run($$"""{ "theater": "IFC Center", "start": "2012-07-27", "end": "{{end}}" }""");

        var problem = _folder.SingleProblemWith(ContentFiles.TheatricalRun, text);

        Assert.Equal((ContentText.LineOf(text, end), ContentText.ColumnOf(text, "\"end\"")), (problem.Line, problem.Column));
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void CurlyQuotesFromAWordProcessorAreNamedWhereTheFirstOneIs()
    {
        var text = ContentText.Run(
            """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-08" }""",
            """{ “theater”: “Lincoln Plaza”, "start": "2012-07-27", "end": "2012-08-16" }""");

        var problem = _folder.SingleProblemWith(ContentFiles.TheatricalRun, text);

        Assert.Equal((ContentText.LineOf(text, "Lincoln Plaza"), ContentText.ColumnOf(text, "“theater")), (problem.Line, problem.Column));
        Assert.StartsWith("“ is a curly quote, as a word processor writes it, not the straight quote \" that JSON needs around names and text.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CurlyQuotesInsideATextValueAreFineAndTheRealMistakeIsNamed()
    {
        var text = ContentText.Run(
            """{ "theater": "The “Landmark”", "start": "2012-08-03", "end": "2012-08-16" }""",
            """{ "theater": "Lincoln Plaza" "start": "2012-07-27", "end": "2012-08-16" }""");

        var problem = _folder.SingleProblemWith(ContentFiles.TheatricalRun, text);

        Assert.Equal(ContentText.LineOf(text, "Lincoln Plaza"), problem.Line);
        Assert.Contains("comma is missing", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16", true)]
    [InlineData("utf-16", false)]
    [InlineData("utf-16BE", true)]
    public void AJsonFileSavedAsUtf16IsToldToBeSavedAsUtf8(string encodingName, bool byteOrderMark)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Content, ContentFiles.Festivals));
        File.WriteAllBytes(Path.Combine(_folder.Path, ContentFiles.Festivals), [.. byteOrderMark ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);

        var problem = _folder.SingleProblem();

        Assert.Equal((_folder.DisplayNameOf(ContentFiles.Festivals), 1, 1), (problem.File, problem.Line, problem.Column));
        Assert.StartsWith("the file is saved as UTF-16", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Save it again choosing the encoding UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void ATabInFrontMatterIsReportedOnItsOwnLineOfTheFile(int tabbedLine)
    {
        string[] lines = ["---", "title: Director's Statement", "description: Alison Klayman on making the film.", "author: Alison Klayman", "---", "The reason I wanted to make a film about Ai Weiwei."];
        lines[tabbedLine - 1] = "\t" + lines[tabbedLine - 1];

        var problem = _folder.SingleProblemWith(ContentFiles.DirectorsStatement, string.Join('\n', lines) + "\n");

        Assert.Equal((tabbedLine, 1), (problem.Line, problem.Column));
        Assert.Equal("this front matter line starts with a tab. Front matter lines start with the key itself, or with spaces, never tabs: remove the tab.", problem.Message);
    }
}
