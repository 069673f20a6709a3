using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Live;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// The press content as pages show it (<see cref="ShownContent"/>): straight quotes typographic in every text for
/// people, addresses and numbers as written, and the loaded content itself as staff typed it.
/// </summary>
public sealed class PressTextShown : IDisposable
{
    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheFilmsNewFactsGetTypographicQuotes()
    {
        _folder.With(ContentFiles.Film, ContentText.Film().Replace("  \"genre\":",
            "  \"countries\": [\"People's Republic\"],\n  \"languages\": [\"Mandarin ('Putonghua')\"],\n  \"subtitles\": [\"English's\"],\n"
            + "  \"format\": \"DCP, \\\"flat\\\" 1.85:1\",\n  \"genre\":", StringComparison.Ordinal));

        var film = ShownContent.Of(_folder.Load()).Film;

        Assert.Equal(["People’s Republic"], film.Countries);
        Assert.Equal(["Mandarin (‘Putonghua’)"], film.Languages);
        Assert.Equal(["English’s"], film.Subtitles);
        Assert.Equal("DCP, “flat” 1.85:1", film.Format);
    }

    [Fact]
    public void ContactsAndQuotesGetTypographicQuotesButNotTheirAddresses()
    {
        _folder.With(ContentFiles.Press, PressContactsAndQuotes.Press(
            ["""{ "name": "A. O'Test", "role": "Publicist's assistant", "organization": "O'Test Films", "email": "o'test@example.org", "phone": "+1 212 555 0100", "region": "People's Republic" }"""],
            ["""{ "text": "It's a \"test\" sentence.", "publication": "The Tester's Daily", "author": "B. O'Critic", "url": "https://example.org/it's" }"""]));
        var loaded = _folder.Load();

        var press = ShownContent.Of(loaded).Press;

        var contact = Assert.Single(press.Contacts);
        Assert.Equal(("A. O’Test", "Publicist’s assistant", "O’Test Films", "People’s Republic"), (contact.Name, contact.Role, contact.Organization, contact.Region));
        Assert.Equal(("o'test@example.org", "+1 212 555 0100"), (contact.Email, contact.Phone));
        var quote = Assert.Single(press.Quotes);
        Assert.Equal(("It’s a “test” sentence.", "The Tester’s Daily", "B. O’Critic"), (quote.Text, quote.Publication, quote.Author));
        Assert.Equal(loaded.Press.Quotes[0].Url, quote.Url);
        Assert.Equal("It's a \"test\" sentence.", loaded.Press.Quotes[0].Text);
    }

    [Fact]
    public void ABiographysNameAndRoleGetTypographicQuotesAndItsTextSmartyPants()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, Biography.Folder));
        _folder.With("bios/test-person.md", "---\nname: \"A. O'Test\"\nrole: \"Director's assistant\"\n---\nA test paragraph: \"quoted\" and it's.\n");

        var bio = Assert.Single(ShownContent.Of(_folder.Load()).Biographies);

        Assert.Equal(("A. O’Test", "Director’s assistant"), (bio.Name, bio.Role));
        Assert.Equal(("A. O’Test", "Director’s assistant"), (bio.Page.FrontMatter.Name, bio.Page.FrontMatter.Role));
        Assert.Equal("A test paragraph: “quoted” and it’s.", Html.Parse(bio.Page.Html).QuerySelector("p")!.TextContent);
    }
}
