using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// Slips that used to pass, or to be reported badly: a festival written twice, several unknown fields at once,
/// a required field missing from an object, a picture named with spaces, a picture nothing names.
/// </summary>
public sealed class ContentLoaderReportsEverySlip : IDisposable
{
    private const string Alt = "Ai Weiwei at work in his studio.";

    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AFestivalWrittenTwiceIsRefusedNamingBothLines()
    {
        var text = """
            {
              "festivals": [
                { "name": "Sundance Film Festival", "year": 2012 },
                { "name": "Hot Docs Film Festival", "year": 2012 },
                { "name": "Sundance Film Festival", "year": 2012 }
              ]
            }
            """;

        var problem = _folder.SingleProblemWith(ContentFiles.Festivals, text);

        Assert.Equal(5, problem.Line);
        Assert.Equal("this festival (Sundance Film Festival, 2012) is written twice, on line 3 and on this line, and the pages would list it twice. Remove one of the two.", problem.Message);
    }

    [Fact]
    public void TheSameFestivalInAnotherYearIsAnotherSelection()
    {
        _folder.With(ContentFiles.Festivals, """{ "festivals": [ { "name": "Hot Docs Film Festival", "year": 2012 }, { "name": "Hot Docs Film Festival", "year": 2013 } ] }""");

        Assert.Equal(2, _folder.Load().Festivals.Count);
    }

    [Fact]
    public void EveryUnknownFieldIsNamedAtItsLine()
    {
        var text = ContentText.Run(
            """{ "theatre": "IFC Center", "start": "2012-07-27", "end": "2012-11-08" }""",
            """{ "theater": "Lincoln Plaza", "start": "2012-07-27", "end": "2012-08-16", "town": "New York" }""");

        var problems = Assert.Throws<ContentException>(() => _folder.With(ContentFiles.TheatricalRun, text).Load()).Problems;

        Assert.Equal([ContentText.LineOf(text, "theatre"), ContentText.LineOf(text, "\"town\"")], problems.Select(p => p.Line));
        Assert.Contains("'theatre' is not a field this file knows", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'town' is not a field this file knows", problems[1].Message, StringComparison.Ordinal);
        Assert.All(problems, p => Assert.Contains("theater, start, end", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingFieldIsNamedAtTheObjectItBelongsToNotAtTheFilesEnd()
    {
        var film = ContentText.Film().Replace("\"title\": \"Ai Weiwei: Never Sorry\",", "", StringComparison.Ordinal);
        Assert.DoesNotContain("\"title\"", film, StringComparison.Ordinal);

        var problem = _folder.SingleProblemWith(ContentFiles.Film, film);

        Assert.Equal(1, problem.Line);
        Assert.Contains("required field is missing here: 'title'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APictureNamedWithSpacesIsAskedToBeRenamed()
    {
        var problem = _folder.WithImage("Still 1.JPG", TestPictures.Jpeg(1600, 900)).WithStill("images/Still 1.JPG", Alt).SingleProblem();

        Assert.Contains("'images/Still 1.JPG' has a name the site does not take", problem.Message, StringComparison.Ordinal);
        Assert.Contains("no spaces", problem.Message, StringComparison.Ordinal);
        Assert.Contains("images/still-1.jpg", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APictureNothingNamesIsAWarning()
    {
        var snapshot = _folder.WithImage("still-1.jpg", TestPictures.Jpeg(1600, 900)).WithStill("images/still-1.jpg", Alt)
            .WithImage("forgotten.jpg", TestPictures.Jpeg(1600, 900)).Load();

        var warning = Assert.Single(snapshot.Warnings);
        Assert.Equal(_folder.DisplayNameOf("images/forgotten.jpg"), warning.File);
        Assert.Contains("nothing in film.json names this file", warning.Message, StringComparison.Ordinal);
    }
}
