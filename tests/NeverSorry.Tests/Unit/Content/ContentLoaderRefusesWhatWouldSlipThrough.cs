using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>Values the parser alone would take, and the pages would then show wrongly or fail on.</summary>
public sealed class ContentLoaderRefusesWhatWouldSlipThrough : IDisposable
{
    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AFieldWrittenTwiceIsRefusedNamingBothLines()
    {
        var text = ContentText.Film(title: "Ai Weiwei: Never Sorry").Replace("\"genre\":", "\"title\": \"Never Sorry (draft)\",\n  \"genre\":", StringComparison.Ordinal);

        var problem = _folder.SingleProblemWith(ContentFiles.Film, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Film), problem.File);
        Assert.Equal(ContentText.LineOf(text, "Never Sorry (draft)"), problem.Line);
        Assert.Contains($"on line {ContentText.LineOf(text, "Ai Weiwei: Never Sorry")} and on this line", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'title'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFieldWrittenTwiceInOneEngagementIsRefused()
    {
        var text = ContentText.Run("""{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-08", "end": "2012-12-08" }""");

        var problem = _folder.SingleProblemWith(ContentFiles.TheatricalRun, text);

        Assert.Equal(ContentText.ColumnOf(text, "\"end\": \"2012-12-08\""), problem.Column);
        Assert.Contains("'end' is written twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameFieldNameInTwoObjectsIsFine()
    {
        _folder.With(ContentFiles.TheatricalRun, ContentText.Run(
            """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-08" }""",
            """{ "theater": "Lincoln Plaza", "start": "2012-07-27", "end": "2012-08-16" }"""));

        Assert.Equal(2, _folder.Load().Engagements.Count);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2101-01-01")]
    public void AnEngagementEndingFarInTheFutureIsRefused(string end)
    {
        var text = ContentText.Run($$"""{ "theater": "IFC Center", "start": "2012-07-27", "end": "{{end}}" }""");

        var problem = _folder.SingleProblemWith(ContentFiles.TheatricalRun, text);

        Assert.Equal(ContentText.ColumnOf(text, "\"end\""), problem.Column);
        Assert.Contains("between the years 1900 and 2100", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOpeningInTheYearOneIsRefused()
    {
        _folder.With(ContentFiles.TheatricalRun, ContentText.Run("""{ "theater": "IFC Center", "start": "0001-01-01", "end": "2012-11-08" }"""));
        _folder.With(ContentFiles.Film, ContentText.Film(opening: "0001-01-01"));

        var problems = Assert.Throws<ContentException>(() => _folder.Load()).Problems;

        Assert.Contains(problems, p => p.File == _folder.DisplayNameOf(ContentFiles.Film) && p.Message.Contains("1900 and 2100", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == _folder.DisplayNameOf(ContentFiles.TheatricalRun) && p.Message.Contains("1900 and 2100", StringComparison.Ordinal));
    }

    [Fact]
    public void ADateAtTheEndOfTheRangeIsAccepted()
    {
        _folder.With(ContentFiles.TheatricalRun, ContentText.Run("""{ "theater": "IFC Center", "start": "2012-07-27", "end": "2100-12-31" }"""));

        Assert.Equal(new DateOnly(2100, 12, 31), Assert.Single(_folder.Load().Engagements).End);
    }

    [Theory]
    [InlineData("abcdefghijk\\n")]
    [InlineData("abcdefghijk\\r\\n")]
    [InlineData("\\nabcdefghijk")]
    public void AYoutubeIdWithALineBreakIsRefused(string id)
    {
        var problem = _folder.SingleProblemWith(ContentFiles.Film, ContentText.Film(trailer: $$"""{ "youtubeId": "{{id}}" }"""));

        Assert.Contains("is not a YouTube video id", problem.Message, StringComparison.Ordinal);
    }
}
