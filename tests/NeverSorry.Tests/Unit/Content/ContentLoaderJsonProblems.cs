using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>What staff read when a JSON content file is wrong: the file, the line to look at, and what to do.</summary>
public sealed class ContentLoaderJsonProblems : IDisposable
{
    private const string Ifc = """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-08" }""";
    private const string Lincoln = """{ "theater": "Lincoln Plaza", "start": "2012-07-27", "end": "2012-08-16" }""";

    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheRealFolderIsNamedContentInReports()
    {
        Assert.Equal("content/theatrical-run.json", new ContentFolder(RepositoryPaths.Content).DisplayName(ContentFiles.TheatricalRun));
    }

    [Fact]
    public void AMissingCommaIsReportedWhereTheParserStumbles()
    {
        // The comma after the first engagement is missing: the parser notices on the next line.
        var text = "{\n  \"engagements\": [\n    " + Ifc + "\n    " + Lincoln + "\n  ]\n}\n";

        var problem = SingleProblem(ContentFiles.TheatricalRun, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.TheatricalRun), problem.File);
        Assert.Equal(ContentText.LineOf(text, "Lincoln Plaza"), problem.Line);
        Assert.Equal(ContentText.ColumnOf(text, "{ \"theater\": \"Lincoln"), problem.Column);
        Assert.Contains("not well formed", problem.Message, StringComparison.Ordinal);
        Assert.Contains("comma", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownFieldIsNamedWithTheFieldsAllowedThere()
    {
        var text = ContentText.Run(Ifc, """{ "theatre": "Lincoln Plaza", "start": "2012-07-27", "end": "2012-08-16" }""");

        var problem = SingleProblem(ContentFiles.TheatricalRun, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.TheatricalRun), problem.File);
        Assert.Equal(ContentText.LineOf(text, "\"theatre\""), problem.Line);
        Assert.Contains("'theatre'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("theater, start, end", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingRequiredFieldIsNamed()
    {
        var text = ContentText.Run(Ifc, """{ "theater": "Lincoln Plaza", "start": "2012-07-27" }""");

        var problem = SingleProblem(ContentFiles.TheatricalRun, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.TheatricalRun), problem.File);
        Assert.Equal(ContentText.LineOf(text, "Lincoln Plaza"), problem.Line);
        Assert.Contains("required field is missing", problem.Message, StringComparison.Ordinal);
        Assert.Contains("end", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADateNotWrittenIsoAsksForYearMonthDay()
    {
        var text = ContentText.Run("""{ "theater": "IFC Center", "start": "27/07/2012", "end": "2012-11-08" }""", Lincoln);

        var problem = SingleProblem(ContentFiles.TheatricalRun, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.TheatricalRun), problem.File);
        Assert.Equal(ContentText.LineOf(text, "27/07/2012"), problem.Line);
        Assert.Contains("'start'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEngagementEndingBeforeItStartsPointsAtItsEnd()
    {
        var text = ContentText.Run(Ifc, Lincoln, """{ "theater": "Playhouse 7", "start": "2012-08-23", "end": "2012-08-03" }""");

        var problem = SingleProblem(ContentFiles.TheatricalRun, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.TheatricalRun), problem.File);
        Assert.Equal(ContentText.LineOf(text, "Playhouse 7"), problem.Line);
        Assert.Equal(ContentText.ColumnOf(text, "\"end\": \"2012-08-03\""), problem.Column);
        Assert.Contains("ends (2012-08-03) before it starts (2012-08-23)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyTheaterNameIsReported()
    {
        var text = ContentText.Run(Ifc, """{ "theater": " ", "start": "2012-07-27", "end": "2012-08-16" }""");

        var problem = SingleProblem(ContentFiles.TheatricalRun, text);

        Assert.Equal(ContentText.LineOf(text, "\" \""), problem.Line);
        Assert.Contains("'theater' is empty", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFestivalYearOutOfTheFilmsTimeIsReported()
    {
        var text = """
            {
              "festivals": [
                { "name": "Sundance Film Festival", "year": 2012 },
                { "name": "Internationale Filmfestspiele Berlin", "year": 1812 }
              ]
            }
            """;

        var problem = SingleProblem(ContentFiles.Festivals, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Festivals), problem.File);
        Assert.Equal(ContentText.LineOf(text, "1812"), problem.Line);
        Assert.Contains("1812", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2012", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOpeningDateThatIsNotTheFirstEngagementIsReportedOnTheFilm()
    {
        var text = ContentText.Film(opening: "2012-07-20");

        var problem = SingleProblem(ContentFiles.Film, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Film), problem.File);
        Assert.Equal(ContentText.LineOf(text, "\"opening\""), problem.Line);
        Assert.Contains("2012-07-20", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2012-07-27", problem.Message, StringComparison.Ordinal);
        Assert.Contains(_folder.DisplayNameOf(ContentFiles.TheatricalRun), problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARatingReasonStartingWithForNeverReadsForFor()
    {
        var text = ContentText.Film(ratingReason: "for some language");
        _folder.With(ContentFiles.Film, text);

        try
        {
            Assert.DoesNotContain("for for", Load().Film.Rating.Display, StringComparison.OrdinalIgnoreCase);
        }
        catch (ContentException exception)
        {
            var problem = Assert.Single(exception.Problems);
            Assert.Equal(ContentText.LineOf(text, "\"rating\""), problem.Line);
        }
    }

    [Fact]
    public void ACreditWithoutARoleIsReported()
    {
        var text = ContentText.Film(credits: """[{ "role": "", "name": "Alison Klayman" }]""");

        var problem = SingleProblem(ContentFiles.Film, text);

        Assert.Equal(ContentText.LineOf(text, "\"credits\""), problem.Line);
        Assert.Contains("'role' is empty", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnnamedCreditIsNoProblem()
    {
        _folder.With(ContentFiles.Film, ContentText.Film(credits: """[{ "role": "Executive Producer", "name": "" }, { "role": "Contributing Producer" }]"""));

        var snapshot = Load();

        Assert.Empty(snapshot.Film.NamedCredits);
    }

    [Fact]
    public void ATrailerIdThatIsNotAYoutubeIdIsReported()
    {
        var text = ContentText.Film(trailer: """{ "youtubeId": "https://youtu.be/x" }""");

        var problem = SingleProblem(ContentFiles.Film, text);

        Assert.Equal(ContentText.LineOf(text, "youtubeId"), problem.Line);
        Assert.Contains("YouTube", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATrailerUploadDateBeforeYoutubeExistedIsReported()
    {
        var text = ContentText.Film(trailer: """{ "youtubeId": "AAAAAAAAAAA", "uploadDate": "2002-07-27" }""");

        var problem = SingleProblem(ContentFiles.Film, text);

        Assert.Equal(ContentText.LineOf(text, "uploadDate"), problem.Line);
        Assert.Contains("2002-07-27", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATrailerUploadDateNotWrittenYearMonthDayIsReported()
    {
        var text = ContentText.Film(trailer: """{ "youtubeId": "AAAAAAAAAAA", "uploadDate": "27/07/2012" }""");

        var problem = SingleProblem(ContentFiles.Film, text);

        Assert.Equal(ContentText.LineOf(text, "uploadDate"), problem.Line);
        Assert.Contains("yyyy-MM-dd", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkThatIsNotAWebAddressIsReported()
    {
        var text = ContentText.Film(links: """[{ "label": "Home", "url": "mailto:press@example.org" }]""");

        var problem = SingleProblem(ContentFiles.Film, text);

        Assert.Equal(ContentText.LineOf(text, "mailto"), problem.Line);
        Assert.Contains("https://", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        _folder.Without(ContentFiles.Festivals);

        var problem = Assert.Single(Assert.Throws<ContentException>(Load).Problems);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Festivals), problem.File);
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.Contains("there is no file named festivals.json", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.Path, problem.Message, StringComparison.Ordinal);
    }

    private ContentProblem SingleProblem(string fileName, string text) => _folder.SingleProblemWith(fileName, text);

    private ContentSnapshot Load() => _folder.Load();
}
