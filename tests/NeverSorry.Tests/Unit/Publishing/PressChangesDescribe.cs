using NeverSorry.Content.Model;
using NeverSorry.Content.Publishing;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Unit.Content;

namespace NeverSorry.Tests.Unit.Publishing;

/// <summary>What a publish says of press.json and the biographies: added or removed with what they hold, changed item by item.</summary>
public sealed class PressChangesDescribe : IDisposable
{
    private const string Publicist = """{ "name": "A. Publicist", "email": "press@example.org" }""";
    private const string Office = """{ "organization": "Example Films", "phone": "+1 212 555 0100" }""";
    private const string Daily = """{ "text": "A test sentence.", "publication": "Example Daily" }""";

    private readonly TempContentFolder _before = TempContentFolder.CopyOfReal();
    private readonly TempContentFolder _after = TempContentFolder.CopyOfReal();

    public void Dispose()
    {
        _before.Dispose();
        _after.Dispose();
    }

    [Fact]
    public void PressJsonAddedSaysWhatItHolds()
    {
        _after.With(ContentFiles.Press, PressContactsAndQuotes.Press([Publicist, Office], [Daily]));

        Assert.Equal(["press.json: added (2 contacts, 1 quote)"], Describe());
    }

    [Fact]
    public void PressJsonRemovedSaysWhatItHeld()
    {
        _before.With(ContentFiles.Press, PressContactsAndQuotes.Press([Publicist], []));

        Assert.Equal(["press.json: removed (1 contact, 0 quotes)"], Describe());
    }

    [Fact]
    public void ContactsAreAddedRemovedAndChangedByWhoTheyAre()
    {
        _before.With(ContentFiles.Press, PressContactsAndQuotes.Press([Publicist, Office], []));
        _after.With(ContentFiles.Press, PressContactsAndQuotes.Press(
            ["""{ "name": "A. Publicist", "email": "publicity@example.org", "region": "International" }""", """{ "name": "B. Agent", "email": "agent@example.org" }"""], []));

        Assert.Equal(
            ["press.json: added the contact B. Agent (agent@example.org); removed the contact Example Films (+1 212 555 0100); "
                + "the contact A. Publicist (press@example.org): email: 'press@example.org' → 'publicity@example.org'; "
                + "the contact A. Publicist (press@example.org): region: none → 'International'"],
            Describe());
    }

    [Fact]
    public void QuotesAreNamedByTheirPublicationAndFirstWords()
    {
        _before.With(ContentFiles.Press, PressContactsAndQuotes.Press([], [Daily]));
        _after.With(ContentFiles.Press, PressContactsAndQuotes.Press([], [
            """{ "text": "A test sentence, corrected.", "publication": "Example Daily", "date": "2012-07-27" }""",
            """{ "text": "Another test sentence.", "publication": "Example Weekly" }"""]));

        Assert.Equal(
            ["press.json: added the quote from Example Weekly 'Another test sentence.'; "
                + "the quote from Example Daily 'A test sentence.': text: 'A test sentence.' → 'A test sentence, corrected.'; "
                + "the quote from Example Daily 'A test sentence.': date: none → '2012-07-27'"],
            Describe());
    }

    [Fact]
    public void QuotesPutInAnotherOrderSaySo()
    {
        var weekly = """{ "text": "Another test sentence.", "publication": "Example Weekly" }""";
        _before.With(ContentFiles.Press, PressContactsAndQuotes.Press([], [Daily, weekly]));
        _after.With(ContentFiles.Press, PressContactsAndQuotes.Press([], [weekly, Daily]));

        Assert.Equal(["press.json: the quotes' order changed"], Describe());
    }

    [Fact]
    public void ABiographyAddedOrRemovedSaysWhoseItIs()
    {
        Bio(_after, "alison-klayman.md", "---\nname: Alison Klayman\nrole: Director\n---\nA test paragraph.\n");
        Bio(_before, "test-subject.md", "---\nname: Test Subject\nrole: Subject\n---\nA test paragraph.\n");

        Assert.Equal(
            ["bios/alison-klayman.md: added (the biography of 'Alison Klayman', 'Director')", "bios/test-subject.md: removed (the biography of 'Test Subject', 'Subject')"],
            Describe());
    }

    [Fact]
    public void ABiographyChangedIsDescribedByItsFrontMatterAndParagraphs()
    {
        Bio(_before, "alison-klayman.md", "---\nname: Alison Klayman\nrole: Director\n---\nA first test paragraph.\n\nA second test paragraph.\n");
        Bio(_after, "alison-klayman.md", "---\nname: Alison Klayman\nrole: Director and producer\n---\nA first test paragraph, longer now.\n\nA second test paragraph.\n");

        Assert.Equal(
            ["bios/alison-klayman.md: the role: 'Director' → 'Director and producer'; changed the paragraph \"A first test paragraph.\" (now \"A first test paragraph, longer now.\")"],
            Describe());
    }

    private static void Bio(TempContentFolder folder, string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(folder.Path, Biography.Folder));
        folder.With($"{Biography.Folder}/{name}", text);
    }

    private IReadOnlyList<string> Describe() => ContentChanges.Describe(
        ContentFileSet.Of(_before.Path), _before.Load(), ContentFileSet.Of(_after.Path), _after.Load());
}
