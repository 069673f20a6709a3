using System.Text.Json.Nodes;
using NeverSorry.Content.Model;
using NeverSorry.Content.Publishing;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Publishing;

/// <summary>What a publish says it changes: the words staff read, one line per file.</summary>
public sealed class ContentChangesDescribe : IDisposable
{
    private const string LongCaption = "Ai Weiwei in his studio in Caochangdi, on the edge of Beijing, in the spring of 2011.";

    private readonly TempContentFolder _before = TempContentFolder.CopyOfReal();
    private readonly TempContentFolder _after = TempContentFolder.CopyOfReal();

    public void Dispose()
    {
        _before.Dispose();
        _after.Dispose();
    }

    [Fact]
    public void NamesTheRatingsChangedReasonAndTheCreditAdded()
    {
        _before.With(ContentFiles.Film, ContentText.Film(ratingReason: "some language", credits: """[{ "role": "Director", "name": "Alison Klayman" }]"""));
        _after.With(ContentFiles.Film, ContentText.Film(ratingReason: "language", credits: """[{ "role": "Director", "name": "Alison Klayman" }, { "role": "Producer", "name": "A. Test" }]"""));

        Assert.Equal(["film.json: the rating's reason: 'some language' → 'language'; added the credit Producer: A. Test"], Describe());
    }

    [Fact]
    public void ACreditIsMatchedByItsRole()
    {
        _before.With(ContentFiles.Film, ContentText.Film(credits: """[{ "role": "Director", "name": "Alison Klayman" }, { "role": "Editor", "name": "" }, { "role": "Producer", "name": "B. Test" }]"""));
        _after.With(ContentFiles.Film, ContentText.Film(credits: """[{ "role": "Director", "name": "Alison Klayman" }, { "role": "Editor", "name": "A. Test" }, { "role": "Composer" }]"""));

        Assert.Equal(
            ["film.json: added the credit Composer (no name yet); removed the credit Producer: B. Test; the Editor credit: '' → 'A. Test'"],
            Describe());
    }

    [Fact]
    public void ACaptionFixInTheLeadStillNamesTheStillAndItsField()
    {
        _before.WithFilm(film => film["still"]!["caption"] = "Ai Weiwei in his studio");
        _after.WithFilm(film => film["still"]!["caption"] = "Ai Weiwei in his Beijing studio");

        Assert.Equal(["film.json: the lead still's caption: 'Ai Weiwei in his studio' → 'Ai Weiwei in his Beijing studio'"], Describe());
    }

    [Fact]
    public void AFieldWithoutAWordOfItsOwnIsNamedAsInTheFile()
    {
        _after.WithFilm(film =>
        {
            film["still"]!["usage"] = "Editorial use only";
            film["distributor"] = "Sundance Selects / IFC";
        });

        Assert.Equal(
            ["film.json: the distributor: 'Sundance Selects' → 'Sundance Selects / IFC'; the lead still's usage: none → 'Editorial use only'"],
            Describe());
    }

    [Fact]
    public void StillsAreAddedRemovedAndChangedByTheirFile()
    {
        WithPictures("still-2.jpg", "still-3.jpg", "still-4.jpg");
        _before.WithFilm(film => film["stills"] = new JsonArray(ListedStill("still-2.jpg"), ListedStill("still-3.jpg", credit: "Photo: Never Sorry LLC")));
        _after.WithFilm(film => film["stills"] = new JsonArray(ListedStill("still-3.jpg", credit: "Photo Courtesy of Never Sorry LLC"), ListedStill("still-4.jpg")));

        Assert.Equal(
            ["film.json: added the still images/still-4.jpg; removed the still images/still-2.jpg; "
                + "the still images/still-3.jpg: credit: 'Photo: Never Sorry LLC' → 'Photo Courtesy of Never Sorry LLC'"],
            Describe());
    }

    [Fact]
    public void StillsPutInAnotherOrderSaySoOnce()
    {
        WithPictures("still-2.jpg", "still-3.jpg", "still-4.jpg");
        _before.WithFilm(film => film["stills"] = new JsonArray(ListedStill("still-2.jpg"), ListedStill("still-3.jpg"), ListedStill("still-4.jpg")));
        _after.WithFilm(film => film["stills"] = new JsonArray(ListedStill("still-4.jpg"), ListedStill("still-2.jpg"), ListedStill("still-3.jpg")));

        Assert.Equal(["film.json: the stills' order changed"], Describe());
    }

    /// <summary>The loader refuses a listed still without a file today; should that change, such stills pair by position.</summary>
    [Fact]
    public void AStillWithoutAFileIsMatchedByItsPosition()
    {
        var film = _before.Load().Film;
        static Still Words(string caption) => new() { Caption = caption, Credit = "Photo Courtesy of Never Sorry LLC" };

        Assert.Equal(
            ["the still 'Ai Weiwei at work': caption: 'Ai Weiwei at work' → 'Ai Weiwei at work in Beijing'"],
            FilmChanges.Describe(film with { Stills = [Words("Ai Weiwei at work")] }, film with { Stills = [Words("Ai Weiwei at work in Beijing")] }));
    }

    [Fact]
    public void ThePosterIsAddedThenChangedFieldByField()
    {
        WithPictures("poster.jpg");
        _after.WithFilm(film => film["poster"] = new JsonObject { ["file"] = "images/poster.jpg", ["alt"] = "The poster." });
        Assert.Equal(["film.json: added the poster images/poster.jpg"], Describe());

        _before.WithFilm(film => film["poster"] = new JsonObject { ["file"] = "images/poster.jpg", ["alt"] = "The poster." });
        _after.WithFilm(film => film["poster"] = new JsonObject { ["file"] = "images/poster.jpg", ["alt"] = "The poster: Ai Weiwei's face.", ["credit"] = "Sundance Selects" });
        Assert.Equal(
            ["film.json: the poster's alt text: 'The poster.' → 'The poster: Ai Weiwei's face.'; the poster's credit: none → 'Sundance Selects'"],
            Describe());
    }

    [Fact]
    public void SimpleFieldsAndTheReleaseAreNamedInWords()
    {
        _after.With(ContentFiles.Film, ContentText.Film(title: "Ai Weiwei - Never Sorry").Replace("\"year\": 2012", "\"year\": 2013")
            .Replace("Biographical Documentary", "Documentary").Replace("\"Limited\"", "\"Wide\""));
        _before.With(ContentFiles.Film, ContentText.Film());

        Assert.Equal(
            ["film.json: the title: 'Ai Weiwei: Never Sorry' → 'Ai Weiwei - Never Sorry'; the year: '2012' → '2013'; "
                + "the genre: 'Biographical Documentary' → 'Documentary'; the release's type: 'Limited' → 'Wide'"],
            Describe());
    }

    [Fact]
    public void LinksAndPlacesToWatchAreNamedByTheirNameAndAddress()
    {
        _before.With(ContentFiles.Film, ContentText.Film(
            links: """[{ "label": "Facebook", "url": "https://www.facebook.com/aiweiweineversorry" }]""",
            watchAt: """[{ "service": "Kanopy", "url": "https://www.kanopy.com/film/ai-weiwei", "kind": "stream" }]"""));
        _after.With(ContentFiles.Film, ContentText.Film(
            links: """[{ "label": "Official site", "url": "https://www.aiweiweineversorry.com/" }]""",
            watchAt: """[{ "service": "Kanopy", "url": "https://www.kanopy.com/film/ai-weiwei", "kind": "educational licence" }]"""));

        Assert.Equal(
            ["film.json: added the link Official site (https://www.aiweiweineversorry.com/); removed the link Facebook (https://www.facebook.com/aiweiweineversorry); "
                + "the watchAt entry Kanopy (https://www.kanopy.com/film/ai-weiwei): kind: 'stream' → 'educational licence'"],
            Describe());
    }

    [Fact]
    public void TheTrailerIsAddedThenChangedFieldByField()
    {
        _before.With(ContentFiles.Film, ContentText.Film());
        _after.With(ContentFiles.Film, ContentText.Film(trailer: """{ "youtubeId": "dQw4w9WgXcQ" }"""));
        Assert.Equal(["film.json: added the trailer with YouTube id 'dQw4w9WgXcQ'"], Describe());

        _before.With(ContentFiles.Film, ContentText.Film(trailer: """{ "youtubeId": "dQw4w9WgXcQ" }"""));
        _after.With(ContentFiles.Film, ContentText.Film(trailer: """{ "youtubeId": "aBcDeFgHiJk", "uploadDate": "2012-06-01" }"""));
        Assert.Equal(["film.json: the trailer's YouTube id: 'dQw4w9WgXcQ' → 'aBcDeFgHiJk'; the trailer's upload date: none → '2012-06-01'"], Describe());
    }

    [Fact]
    public void ALongValueIsShortenedAroundWhatChanged()
    {
        _before.WithFilm(film => film["still"]!["caption"] = LongCaption);
        _after.WithFilm(film => film["still"]!["caption"] = LongCaption.Replace("spring", "summer", StringComparison.Ordinal));

        Assert.Equal(
            ["film.json: the lead still's caption: '…of Beijing, in the spring of 2011.' → '…of Beijing, in the summer of 2011.'"],
            Describe());
    }

    [Fact]
    public void ALongValueAddedIsCutAtTheEnd()
    {
        _before.WithFilm(film => film.Remove("still"));
        _after.WithFilm(film => film["still"]!["caption"] = LongCaption);

        Assert.Equal(["film.json: added the lead still 'Ai Weiwei in his studio in Caochangdi, on the edge of…'"], Describe());
    }

    /// <summary>A field the summary has no words for (say one added to a record next year) is still reported, by its name in the file.</summary>
    [Fact]
    public void AFieldAddedToTheRecordsLaterFallsBackToItsNameInTheFile()
    {
        var was = new JsonObject { ["caption"] = "A still", ["focalPoint"] = "top" };
        var now = new JsonObject { ["caption"] = "A still", ["focalPoint"] = "centre", ["tags"] = new JsonArray("press") };

        Assert.Equal(["the lead still's focalPoint: 'top' → 'centre'", "the lead still's tags: added 'press'"], JsonChanges.Of("the lead still", was, now));
    }

    [Fact]
    public void NamesEachParagraphChangedAddedAndRemovedByItsFirstWords()
    {
        _before.With(ContentFiles.Synopsis, "In 2008, Ai Weiwei helped design the Bird's Nest stadium.\n\nSecond paragraph.\n\nThird paragraph, soon gone.\n\nFourth paragraph.\n");
        _after.With(ContentFiles.Synopsis, "In 2008, Ai Weiwei helped design Beijing's Bird's Nest stadium.\n\nSecond paragraph.\n\nFourth paragraph.\n\nA fifth paragraph, new at the end.\n");

        Assert.Equal(
            ["synopsis.md: changed the paragraph \"In 2008, Ai Weiwei helped design…\"; added a paragraph \"A fifth paragraph, new at the end.\"; "
                + "removed the paragraph \"Third paragraph, soon gone.\""],
            Describe());
    }

    [Fact]
    public void AParagraphWithANewBeginningShowsItToo()
    {
        _before.With(ContentFiles.Synopsis, "First-time director Alison Klayman gained unprecedented access.\n");
        _after.With(ContentFiles.Synopsis, "Director Alison Klayman gained unprecedented access.\n");

        Assert.Equal(
            ["synopsis.md: changed the paragraph \"First-time director Alison Klayman…\" (now \"Director Alison Klayman gained…\")"],
            Describe());
    }

    [Fact]
    public void AParagraphMovedIsOneChange()
    {
        _before.With(ContentFiles.DirectorsStatement, "One.\n\nTwo.\n\nThree.\n");
        _after.With(ContentFiles.DirectorsStatement, "Two.\n\nThree.\n\nOne.\n");

        Assert.Equal(["directors-statement.md: moved the paragraph \"One.\""], Describe());
    }

    [Fact]
    public void FrontMatterIsReportedFieldByField()
    {
        _before.With(ContentFiles.Synopsis, "---\ntitle: Synopsis\n---\nThe film.\n");
        _after.With(ContentFiles.Synopsis, "---\ntitle: The story\ndescription: The film in a sentence.\n---\nThe film.\n");

        Assert.Equal(["synopsis.md: the title: 'Synopsis' → 'The story'; the description: none → 'The film in a sentence.'"], Describe());
    }

    [Fact]
    public void ANewLineInsideAParagraphIsOnlySpacing()
    {
        _before.With(ContentFiles.Synopsis, "One paragraph over two lines.\n");
        _after.With(ContentFiles.Synopsis, "One paragraph\nover  two lines.\n\n\n");

        Assert.Equal(["synopsis.md: line breaks or spacing changed"], Describe());
    }

    [Fact]
    public void AnEngagementMovedToOtherDatesIsOneChangeNotAnAdditionAndARemoval()
    {
        _before.With(ContentFiles.TheatricalRun, ContentText.Run("""{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-08" }"""));
        _after.With(ContentFiles.TheatricalRun, ContentText.Run(
            """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-15" }""",
            """{ "theater": "Kendall Square Cinema", "start": "2012-08-03", "end": "2012-08-16" }"""));

        Assert.Equal(
            ["theatrical-run.json: added Kendall Square Cinema, 2012-08-03 to 2012-08-16; IFC Center now ends 2012-11-15 (was 2012-11-08)"],
            Describe());
    }

    [Fact]
    public void AVersionThatDidNotLoadHasItsFilesOnlySaidToBeReplaced()
    {
        _before.With(ContentFiles.Festivals, "{ broken");

        Assert.Equal(["festivals.json: replaced"], Describe(beforeLoads: false));
    }

    private IReadOnlyList<string> Describe(bool beforeLoads = true) => ContentChanges.Describe(
        ContentFileSet.Of(_before.Path), beforeLoads ? _before.Load() : null, ContentFileSet.Of(_after.Path), _after.Load());

    /// <summary>The same pictures in both versions, so only film.json differs.</summary>
    private void WithPictures(params string[] names)
    {
        foreach (var name in names)
        {
            var bytes = TestPictures.Jpeg(1600, 1200);
            _before.WithImage(name, bytes);
            _after.WithImage(name, bytes);
        }
    }

    private static JsonObject ListedStill(string file, string credit = "Photo Courtesy of Never Sorry LLC") => new()
    {
        ["caption"] = $"A still, {file}.",
        ["credit"] = credit,
        ["file"] = $"images/{file}",
        ["alt"] = $"What {file} shows.",
    };
}
