using NeverSorry.Content.Model;
using NeverSorry.Content.Publishing;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Publishing;

/// <summary>What a publish says it changes: the words staff read, one line per file.</summary>
public sealed class ContentChangesDescribe : IDisposable
{
    private readonly TempContentFolder _before = TempContentFolder.CopyOfReal();
    private readonly TempContentFolder _after = TempContentFolder.CopyOfReal();

    public void Dispose()
    {
        _before.Dispose();
        _after.Dispose();
    }

    [Fact]
    public void NamesEachChangedSettingOfTheFilmAndEachCreditAddedOrRemoved()
    {
        _before.With(ContentFiles.Film, ContentText.Film(ratingReason: "some language", credits: """[{ "role": "Director", "name": "Alison Klayman" }]"""));
        _after.With(ContentFiles.Film, ContentText.Film(ratingReason: "language", credits: """[{ "role": "Director", "name": "Alison Klayman" }, { "role": "Editor", "name": "A. Test" }]"""));

        Assert.Equal(
            ["film.json: rating is now R: language (was R: some language); credits: added Editor: A. Test"],
            Describe());
    }

    [Fact]
    public void CountsParagraphsChangedAddedAndRemoved()
    {
        _before.With(ContentFiles.Synopsis, "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n");
        _after.With(ContentFiles.Synopsis, "First paragraph, edited.\n\nSecond paragraph.\n\nThird paragraph.\n\nA fourth.\n\nA fifth.\n");

        Assert.Equal(["synopsis.md: 1 paragraph changed, 2 paragraphs added"], Describe());
    }

    [Fact]
    public void ANewLineInsideAParagraphIsOnlySpacing()
    {
        _before.With(ContentFiles.Synopsis, "One paragraph over two lines.\n");
        _after.With(ContentFiles.Synopsis, "One paragraph\nover two lines.\n");

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
}
