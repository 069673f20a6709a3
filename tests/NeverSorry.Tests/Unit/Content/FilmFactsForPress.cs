using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// film.json's facts for press (running time, countries, languages, subtitles, format) and its credits: read when
/// right, and when wrong refused at the value staff must correct (file:line:col), saying what to write.
/// </summary>
public sealed class FilmFactsForPress : IDisposable
{
    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheFactsAreReadAsWritten()
    {
        _folder.With(ContentFiles.Film, FilmWith("""
              "runtimeMinutes": 91,
              "countries": ["United States"],
              "languages": ["Mandarin", "English"],
              "subtitles": ["English"],
              "format": "DCP, color, 1.78:1",
            """));

        var film = _folder.Load().Film;

        Assert.Equal(91, film.RuntimeMinutes);
        Assert.Equal(["United States"], film.Countries);
        Assert.Equal(["Mandarin", "English"], film.Languages);
        Assert.Equal(["English"], film.Subtitles);
        Assert.Equal("DCP, color, 1.78:1", film.Format);
    }

    [Fact]
    public void TheRepositorysFilmHasTheSeedsCreditsAndNoInventedFacts()
    {
        var film = _folder.Load().Film;

        Assert.Equal(["Director", "Executive Producer", "Contributing Producer", "Production Company"], film.Credits.Select(c => c.Role));
        Assert.Equal("Alison Klayman", Assert.Single(film.NamedCredits).Name);
        Assert.Equal((null, null), (film.RuntimeMinutes, film.Format));
        Assert.Empty(film.Countries.Concat(film.Languages).Concat(film.Subtitles));
    }

    [Theory]
    [InlineData("0", "but a film runs at least a minute")]
    [InlineData("-5", "but a film runs at least a minute")]
    [InlineData("5460", "more than 600 minutes (ten hours): write the running time in minutes, for example 91 for 1 h 31 min, not in seconds.")]
    public void ARunningTimeOutsideOneToSixHundredMinutesIsRefusedOnItsLine(string minutes, string expected)
    {
        var text = FilmWith($"  \"runtimeMinutes\": {minutes},");

        var problem = _folder.SingleProblemWith(ContentFiles.Film, text);

        Assert.StartsWith(
            $"{_folder.DisplayNameOf(ContentFiles.Film)}:{ContentText.LineOf(text, "runtimeMinutes")}:{ContentText.ColumnOf(text, "\"runtimeMinutes\"")}: 'runtimeMinutes' is {minutes}",
            problem.ToString(), StringComparison.Ordinal);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91.5")]
    [InlineData("\"91\"")]
    [InlineData("\"1h31\"")]
    public void ARunningTimeThatIsNotAWholeNumberSaysSoWithAnExampleOfMinutes(string minutes)
    {
        var text = FilmWith($"  \"runtimeMinutes\": {minutes},");

        var problem = _folder.SingleProblemWith(ContentFiles.Film, text);

        Assert.Equal(ContentText.LineOf(text, "runtimeMinutes"), problem.Line);
        Assert.Equal("'runtimeMinutes' must be a whole number without quotes, for example 91.", problem.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(600)]
    public void ARunningTimeAtItsLimitsIsTaken(int minutes)
    {
        _folder.With(ContentFiles.Film, FilmWith($"  \"runtimeMinutes\": {minutes},"));

        Assert.Equal(minutes, _folder.Load().Film.RuntimeMinutes);
    }

    [Theory]
    [InlineData("countries", "\"\"", "a country in 'countries' is empty; write its name between the quotes, or remove the empty entry from the list.")]
    [InlineData("languages", "\"  \"", "a language in 'languages' is empty")]
    [InlineData("subtitles", "\"English\\nFrench\"", "the subtitle language 'English French' has a line break or an invisible character in it; write one name on one line.")]
    [InlineData("languages", "\"English\\t\"", "the language 'English ' has a line break or an invisible character in it")]
    public void ABlankOrBrokenNameIsRefusedWhereItIsWritten(string list, string name, string expected)
    {
        var text = FilmWith($"  \"{list}\": [\"Mandarin\",\n    {name}],");

        var problem = _folder.SingleProblemWith(ContentFiles.Film, text);

        Assert.Equal((ContentText.LineOf(text, "Mandarin") + 1, 5), (problem.Line, problem.Column));
        Assert.StartsWith(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameLongerThanSixtyCharactersIsRefused()
    {
        var text = FilmWith($"  \"countries\": [\"{new string('a', 61)}\"],");

        var problem = _folder.SingleProblemWith(ContentFiles.Film, text);

        Assert.StartsWith("a country in 'countries' is 61 characters long, more than the 60 a name may have", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameWrittenTwiceIsRefusedAtTheSecondWithTheLineOfTheFirst()
    {
        var text = FilmWith("  \"languages\": [\n    \"English\",\n    \"Mandarin\",\n    \"english \"\n  ],");

        var problem = _folder.SingleProblemWith(ContentFiles.Film, text);

        Assert.Equal(ContentText.LineOf(text, "\"english \""), problem.Line);
        Assert.Equal($"'english' is written twice in 'languages', on line {ContentText.LineOf(text, "\"English\"")} and here; remove one of the two.", problem.Message);
    }

    [Fact]
    public void MoreThanTwentyNamesAreRefusedAtTheList()
    {
        var names = string.Join(", ", Enumerable.Range(1, 21).Select(i => $"\"Language {i}\""));
        var text = FilmWith($"  \"subtitles\": [{names}],");

        var problem = _folder.SingleProblemWith(ContentFiles.Film, text);

        Assert.Equal((ContentText.LineOf(text, "subtitles"), ContentText.ColumnOf(text, "\"subtitles\"")), (problem.Line, problem.Column));
        Assert.Equal("'subtitles' lists 21 names, more than the 20 a fact sheet has room for; keep the ones that matter to press.", problem.Message);
    }

    [Theory]
    [InlineData("\"\"", "'format' is empty; write the text between the quotes, or remove the field.")]
    [InlineData("\"DCP,\\ncolor\"", "'format' has a line break in it; write it on one line, for example \"DCP, color, 1.78:1\".")]
    public void ABlankOrBrokenFormatIsRefused(string format, string expected)
    {
        var text = FilmWith($"  \"format\": {format},");

        var problem = _folder.SingleProblemWith(ContentFiles.Film, text);

        Assert.Equal((ContentText.LineOf(text, "\"format\""), ContentText.ColumnOf(text, "\"format\"")), (problem.Line, problem.Column));
        Assert.Equal(expected, problem.Message);
    }

    [Fact]
    public void AFormatOverOneHundredAndTwentyCharactersIsRefused()
    {
        var problem = _folder.SingleProblemWith(ContentFiles.Film, FilmWith($"  \"format\": \"{new string('x', 121)}\","));

        Assert.StartsWith("'format' is 121 characters long, more than the 120 it may have", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACreditWrittenTwiceIsRefusedAtTheSecond()
    {
        var text = ContentText.Film(credits: "[\n    { \"role\": \"Director\", \"name\": \"Alison Klayman\" },\n    { \"role\": \"director\", \"name\": \"Alison Klayman \" }\n  ]");

        var problem = _folder.SingleProblemWith(ContentFiles.Film, text);

        Assert.Equal(ContentText.LineOf(text, "\"role\": \"director\""), problem.Line);
        Assert.Equal(
            $"this credit (director: Alison Klayman) is written twice, on line {ContentText.LineOf(text, "\"role\": \"Director\"")} and on this line, and the credits would list it twice. Remove one of the two.",
            problem.Message);
    }

    [Fact]
    public void TwoRolesWithoutANameAreTheSameCredit()
    {
        var text = ContentText.Film(credits: "[\n    { \"role\": \"Executive Producer\" },\n    { \"role\": \"Executive Producer\", \"name\": \"\" }\n  ]");

        var problem = _folder.SingleProblemWith(ContentFiles.Film, text);

        Assert.Contains("this credit (Executive Producer, no name yet) is written twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameRoleWithTwoNamesIsTwoCredits()
    {
        _folder.With(ContentFiles.Film, ContentText.Film(credits: """[{ "role": "Producer", "name": "A. Test" }, { "role": "Producer", "name": "B. Test" }]"""));

        Assert.Equal(2, _folder.Load().Film.NamedCredits.Count());
    }

    [Theory]
    [InlineData("role", "\"Executive\\nProducer\"", "'role' has a line break in it")]
    [InlineData("name", "\"A.\\nTest\"", "'name' has a line break in it")]
    public void ACreditOnTwoLinesIsRefused(string field, string value, string expected)
    {
        var credit = field == "role" ? $$"""{ "role": {{value}}, "name": "A. Test" }""" : $$"""{ "role": "Editor", "name": {{value}} }""";
        var text = ContentText.Film(credits: $"[\n    {credit}\n  ]");

        var problem = _folder.SingleProblemWith(ContentFiles.Film, text);

        Assert.Equal((ContentText.LineOf(text, $"\"{field}\": {value}"), ContentText.ColumnOf(text, $"\"{field}\": {value}")), (problem.Line, problem.Column));
        Assert.StartsWith(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACreditNameOverOneHundredCharactersIsRefused()
    {
        var problem = _folder.SingleProblemWith(ContentFiles.Film, ContentText.Film(credits: $$"""[{ "role": "Editor", "name": "{{new string('a', 101)}}" }]"""));

        Assert.StartsWith("'name' is 101 characters long, more than the 100 it may have", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>A valid film.json with <paramref name="lines"/> (each ending with a comma) before its genre.</summary>
    private static string FilmWith(string lines) =>
        ContentText.Film().Replace("  \"genre\":", lines.TrimEnd('\n') + "\n  \"genre\":", StringComparison.Ordinal);
}
