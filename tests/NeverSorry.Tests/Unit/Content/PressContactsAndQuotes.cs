using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// press.json, optional: contacts press can reach and review quotes as published, read when right and, when wrong,
/// refused at the value to correct (file:line:col) in plain words. All of it is test data on example.org.
/// </summary>
public sealed class PressContactsAndQuotes : IDisposable
{
    private const string Contact = """{ "name": "A. Publicist", "role": "Publicist", "organization": "Example Films", "email": "press@example.org", "phone": "+1 212 555 0100", "region": "United States" }""";
    private const string Quote = """{ "text": "A test sentence from a review.", "publication": "Example Daily", "author": "A. Critic", "url": "https://example.org/review", "date": "2012-07-27" }""";

    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ContactsAndQuotesAreReadAsWritten()
    {
        _folder.With(ContentFiles.Press, Press([Contact, """{ "organization": "Example Press Office", "phone": "(212) 555-0100" }"""], [Quote]));

        var press = _folder.Load().Press;

        Assert.Equal(2, press.Contacts.Count);
        Assert.Equal(("A. Publicist", "Publicist", "Example Films", "press@example.org", "+1 212 555 0100", "United States"),
            (press.Contacts[0].Name, press.Contacts[0].Role, press.Contacts[0].Organization, press.Contacts[0].Email, press.Contacts[0].Phone, press.Contacts[0].Region));
        Assert.Null(press.Contacts[1].Name);
        var quote = Assert.Single(press.Quotes);
        Assert.Equal(("A test sentence from a review.", "Example Daily", "A. Critic", new Uri("https://example.org/review"), new DateOnly(2012, 7, 27)),
            (quote.Text, quote.Publication, quote.Author, quote.Url, quote.Date));
    }

    [Fact]
    public void WithoutPressJsonThePressKitIsEmptyAndTheRepositoryHasNone()
    {
        Assert.False(File.Exists(Path.Combine(RepositoryPaths.Content, ContentFiles.Press)), "The seed gives no contact or quote: content/press.json must not exist.");

        var snapshot = _folder.Load();

        Assert.Same(PressKit.Empty, snapshot.Press);
    }

    [Fact]
    public void AnEmptyObjectIsAValidPressJson()
    {
        _folder.With(ContentFiles.Press, "{}");

        Assert.Empty(_folder.Load().Press.Contacts);
    }

    [Fact]
    public void AContactNobodyCanReachIsRefusedAtTheContact()
    {
        var text = Press(["""{ "name": "A. Publicist", "role": "Publicist" }"""], []);

        var problem = _folder.SingleProblemWith(ContentFiles.Press, text);

        Assert.Equal(
            $"{_folder.DisplayNameOf(ContentFiles.Press)}:{ContentText.LineOf(text, "A. Publicist")}:{ContentText.ColumnOf(text, "{ \"name\"")}: "
            + "this contact has no way to reach them; add at least one: \"email\" or \"phone\".",
            problem.ToString());
    }

    [Fact]
    public void AContactWithoutANameOrAnOrganizationIsRefused()
    {
        var text = Press(["""{ "role": "Publicist", "email": "press@example.org" }"""], []);

        var problem = _folder.SingleProblemWith(ContentFiles.Press, text);

        Assert.Equal(ContentText.LineOf(text, "Publicist"), problem.Line);
        Assert.StartsWith("this contact has neither a name nor an organization", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("press example.org")]
    [InlineData("press@example")]
    [InlineData("press@@example.org")]
    [InlineData("press @example.org")]
    [InlineData("A. Publicist <press@example.org>")]
    [InlineData("press@example..org")]
    [InlineData("press@example.org, office@example.org")]
    public void AnEmailThatIsNotAnAddressIsRefusedOnItsLine(string email)
    {
        var text = Press([$$"""{ "name": "A. Publicist", "email": "{{email}}" }"""], []);

        var problem = _folder.SingleProblemWith(ContentFiles.Press, text);

        Assert.Equal((ContentText.LineOf(text, "A. Publicist"), ContentText.ColumnOf(text, "\"email\"")), (problem.Line, problem.Column));
        Assert.Equal($"'{email}' is not an email address: write one address, with no spaces, one '@' and a dot in the part after it, for example \"press@example.org\".", problem.Message);
    }

    [Fact]
    public void AnEmailWrittenAsALinkIsToldToDropMailto()
    {
        var problem = _folder.SingleProblemWith(ContentFiles.Press, Press(["""{ "name": "A. Publicist", "email": "mailto:press@example.org" }"""], []));

        Assert.Equal("write the email address alone, without 'mailto:' (the page makes the link).", problem.Message);
    }

    [Theory]
    [InlineData("press.office@example.org")]
    [InlineData("first-last+film@mail.example.org")]
    public void UsualAddressesAreTaken(string email)
    {
        _folder.With(ContentFiles.Press, Press([$$"""{ "name": "A. Publicist", "email": "{{email}}" }"""], []));

        Assert.Equal(email, Assert.Single(_folder.Load().Press.Contacts).Email);
    }

    [Theory]
    [InlineData("+1 212 555 0100 ext. 3", "is not a phone number a journalist can dial")]
    [InlineData("call the office", "is not a phone number a journalist can dial")]
    [InlineData("12345", "is too short for a phone number")]
    [InlineData("+1 (2)", "is too short for a phone number")]
    [InlineData("+1 212 555 0100 +1 212 555 0101 0102", "is too long for a phone number")]
    public void APhoneNumberThatCannotBeDialledIsRefused(string phone, string expected)
    {
        var text = Press([$$"""{ "organization": "Example Films", "phone": "{{phone}}" }"""], []);

        var problem = _folder.SingleProblemWith(ContentFiles.Press, text);

        Assert.Equal((ContentText.LineOf(text, "Example Films"), ContentText.ColumnOf(text, "\"phone\"")), (problem.Line, problem.Column));
        Assert.Equal($"'{phone}' {expected}", problem.Message[..(phone.Length + 3 + expected.Length)]);
    }

    [Theory]
    [InlineData("name", "")]
    [InlineData("role", " ")]
    [InlineData("organization", "Example\\nFilms")]
    [InlineData("region", "United\\nStates")]
    public void ABlankOrTwoLineContactFieldIsRefusedOnItsLine(string field, string value)
    {
        var who = field == "name" ? "\"organization\": \"Example Films\"" : "\"name\": \"A. Publicist\"";
        var text = Press([$$"""{ {{who}}, "email": "press@example.org", "{{field}}": "{{value}}" }"""], []);

        var problem = _folder.SingleProblemWith(ContentFiles.Press, text);

        Assert.Equal(ContentText.ColumnOf(text, $"\"{field}\": \"{value}\""), problem.Column);
        Assert.Matches($"^'{field}' (is empty|has a line break in it)", problem.Message);
    }

    [Fact]
    public void MoreThanTwentyContactsAreRefusedAtTheList()
    {
        var text = Press([.. Enumerable.Range(1, 21).Select(i => $$"""{ "name": "Contact {{i}}", "email": "press{{i}}@example.org" }""")], []);

        var problem = _folder.SingleProblemWith(ContentFiles.Press, text);

        Assert.Equal(ContentText.LineOf(text, "\"contacts\""), problem.Line);
        Assert.Equal("press.json lists 21 contacts, more than the 20 the press page has room for; keep the ones press should try first.", problem.Message);
    }

    [Theory]
    [InlineData("\"text\": \"\"", "'text' is empty; write the words quoted between the quotes.")]
    [InlineData("\"text\": \"\\\"A test sentence.\\\"\"", "write the words without quotation marks around them: the page sets the quotation marks itself.")]
    [InlineData("\"text\": \"“A test sentence.”\"", "write the words without quotation marks around them: the page sets the quotation marks itself.")]
    [InlineData("\"text\": \"A test\\nsentence.\"", "'text' has a line break in it; write it on one line, a sentence or two as published, with '…' where you leave words out.")]
    public void AQuoteWithoutWordsOrInQuotationMarksIsRefused(string textField, string expected)
    {
        var text = Press([], [$$"""{ {{textField}}, "publication": "Example Daily" }"""]);

        var problem = _folder.SingleProblemWith(ContentFiles.Press, text);

        Assert.Equal((ContentText.LineOf(text, "Example Daily"), ContentText.ColumnOf(text, "\"text\"")), (problem.Line, problem.Column));
        Assert.Equal(expected, problem.Message);
    }

    [Fact]
    public void AQuoteOfFourHundredCharactersIsTakenAndOneMoreIsNot()
    {
        _folder.With(ContentFiles.Press, Press([], [$$"""{ "text": "{{new string('a', 400)}}", "publication": "Example Daily" }"""]));
        Assert.Single(_folder.Load().Press.Quotes);

        var problem = _folder.SingleProblemWith(ContentFiles.Press, Press([], [$$"""{ "text": "{{new string('a', 401)}}", "publication": "Example Daily" }"""]));
        Assert.StartsWith("'text' is 401 characters long, more than the 400 it may have", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuoteWithoutItsPublicationIsRefused()
    {
        var missing = _folder.SingleProblemWith(ContentFiles.Press, Press([], ["""{ "text": "A test sentence." }"""]));
        Assert.Equal("a required field is missing here: 'publication'. Add it, or check its spelling.", missing.Message);

        var blank = _folder.SingleProblemWith(ContentFiles.Press, Press([], ["""{ "text": "A test sentence.", "publication": " " }"""]));
        Assert.StartsWith("'publication' is empty", blank.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://example.org/review")]
    [InlineData("example.org/review")]
    [InlineData("/review")]
    public void AReviewAddressThatIsNotHttpsIsRefused(string url)
    {
        var text = Press([], [$$"""{ "text": "A test sentence.", "publication": "Example Daily", "url": "{{url}}" }"""]);

        var problem = _folder.SingleProblemWith(ContentFiles.Press, text);

        Assert.Equal(ContentText.ColumnOf(text, "\"url\""), problem.Column);
        Assert.Equal("the address must be a full web address starting with https://; copy it from the browser's address bar.", problem.Message);
    }

    [Fact]
    public void AReviewDatedAfterTodayIsRefusedAndTodayIsTaken()
    {
        var today = new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
        var loader = new ContentLoader(new FakeTimeProvider(today));

        _folder.With(ContentFiles.Press, Press([], ["""{ "text": "A test sentence.", "publication": "Example Daily", "date": "2026-12-05" }"""]));
        Assert.Single(loader.Load(new ContentFolder(_folder.Path)).Press.Quotes);

        var text = Press([], ["""{ "text": "A test sentence.", "publication": "Example Daily", "date": "2026-12-24" }"""]);
        _folder.With(ContentFiles.Press, text);
        var problem = Assert.Single(Assert.Throws<ContentException>(() => loader.Load(new ContentFolder(_folder.Path))).Problems);
        Assert.Equal(ContentText.ColumnOf(text, "\"date\""), problem.Column);
        Assert.Equal("'date' is 2026-12-24, after today (2026-12-05): a review cannot be published after today. Write the day it was published, or leave the date out.", problem.Message);
    }

    [Fact]
    public void AnImpossibleDateIsExplained()
    {
        var problem = _folder.SingleProblemWith(ContentFiles.Press, Press([], ["""{ "text": "A test sentence.", "publication": "Example Daily", "date": "2012-02-30" }"""]));

        Assert.Contains("has no 30th", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuoteWrittenTwiceIsRefusedAtTheSecond()
    {
        var text = Press([], [Quote, Quote.Replace("Example Daily", "Example Weekly", StringComparison.Ordinal)]);

        var problem = _folder.SingleProblemWith(ContentFiles.Press, text);

        Assert.Equal(ContentText.LineOf(text, "Example Weekly"), problem.Line);
        Assert.Equal($"this quote is written twice, on line {ContentText.LineOf(text, "Example Daily")} and on this line, and the page would show it twice. Remove one of the two.", problem.Message);
    }

    [Fact]
    public void MoreThanThirtyQuotesAreRefused()
    {
        var problem = _folder.SingleProblemWith(ContentFiles.Press, Press([], [.. Enumerable.Range(1, 31).Select(i => $$"""{ "text": "Test sentence {{i}}.", "publication": "Example Daily" }""")]));

        Assert.Equal("press.json lists 31 quotes, more than the 30 the press page shows; keep the strongest.", problem.Message);
    }

    [Fact]
    public void AFieldPressJsonDoesNotKnowIsNamed()
    {
        var text = Press([], []).Replace("\"contacts\"", "\"pressContact\": {},\n  \"contacts\"", StringComparison.Ordinal);

        var problem = _folder.SingleProblemWith(ContentFiles.Press, text);

        Assert.Equal(ContentText.LineOf(text, "pressContact"), problem.Line);
        Assert.StartsWith("'pressContact' is not a field this file knows (a typo?). The fields allowed here are: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkOutOfTheFolderInPlaceOfPressJsonIsRefused()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"neversorry-press-{Guid.NewGuid():N}.json");
        File.WriteAllText(outside, Press([Contact], []));
        try
        {
            File.CreateSymbolicLink(Path.Combine(_folder.Path, ContentFiles.Press), outside);

            var problem = _folder.SingleProblem();

            Assert.Equal(_folder.DisplayNameOf(ContentFiles.Press), problem.File);
            Assert.Contains("outside the content folder", problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void ALinkToNothingInPlaceOfPressJsonIsRefused()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.Path, ContentFiles.Press), "press-draft.json");

        Assert.Contains("link to a file that does not exist", _folder.SingleProblem().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANamedPipeInPlaceOfPressJsonIsRefusedWithoutWaitingForAWriter()
    {
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(_folder.Path, ContentFiles.Press)]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var problem = await Task.Run(_folder.SingleProblem, TestContext.Current.CancellationToken).WaitAsync(Patience.Answer, TestContext.Current.CancellationToken);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Press), problem.File);
        Assert.Contains("not an ordinary file", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>A press.json with one contact and one quote per line.</summary>
    internal static string Press(string[] contacts, string[] quotes) =>
        "{\n  \"$schema\": \"./schemas/press.schema.json\",\n  \"contacts\": [\n    " + string.Join(",\n    ", contacts) + "\n  ],\n  \"quotes\": [\n    "
        + string.Join(",\n    ", quotes) + "\n  ]\n}\n";
}
