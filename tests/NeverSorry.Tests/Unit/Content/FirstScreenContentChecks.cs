using NeverSorry.Content.Checking;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>film.json's logline and focus points: refused, at their line and column, when the first screen cannot use them.</summary>
public sealed class FirstScreenContentChecks : IDisposable
{
    private static readonly string s_realFilm = File.ReadAllText(Path.Combine(RepositoryPaths.Content, ContentFiles.Film));

    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("\"x\": 1.4, \"y\": 0.3", "x", 1.4, "0 (left edge) and 1 (right edge)")]
    [InlineData("\"x\": 0.5, \"y\": -0.2", "y", -0.2, "0 (top edge) and 1 (bottom edge)")]
    public void AFocusOutsideThePictureIsRefusedAtItsNumber(string focus, string axis, double value, string range)
    {
        var text = s_realFilm.Replace("\"credit\": \"Photo Courtesy of Never Sorry LLC\"",
            "\"credit\": \"Photo Courtesy of Never Sorry LLC\",\n    \"focus\": { " + focus + " }", StringComparison.Ordinal);

        var problem = _folder.SingleProblemWith(ContentFiles.Film, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Film), problem.File);
        Assert.Equal(ContentText.LineOf(text, "\"focus\""), problem.Line);
        Assert.Equal($"the focus's \"{axis}\" is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}, but it must be between {range}: a fraction of the picture, e.g. 0.5 for the middle.", problem.Message);
    }

    [Fact]
    public void AFocusOnThePictureLoads()
    {
        var text = s_realFilm.Replace("\"credit\": \"Photo Courtesy of Never Sorry LLC\"",
            "\"credit\": \"Photo Courtesy of Never Sorry LLC\",\n    \"focus\": { \"x\": 0, \"y\": 1 }", StringComparison.Ordinal);

        Assert.Equal(new Focus { X = 0, Y = 1 }, _folder.With(ContentFiles.Film, text).Load().Film.Still!.Focus);
    }

    [Fact]
    public void ALoglineLongerThanTheFirstScreenHoldsIsRefused()
    {
        var logline = string.Join(' ', Enumerable.Repeat("word", 49)); // 244 characters
        var text = WithLogline(logline);

        var problem = _folder.SingleProblemWith(ContentFiles.Film, text);

        Assert.Equal(ContentText.LineOf(text, "\"logline\""), problem.Line);
        Assert.Equal($"the logline is 244 characters long, more than the {FirstScreenChecks.LoglineChars} the home page's first screen has room for; shorten it to one sentence.", problem.Message);
    }

    [Theory]
    [InlineData("One sentence,\\nthen another line.", "line break")]
    [InlineData("The *inside* story.", "contains '*'")]
    [InlineData("The <i>inside</i> story.", "contains '<'")]
    [InlineData("  ", "'logline' is empty")]
    public void ALoglineThatIsNotOnePlainLineIsRefused(string logline, string said)
    {
        var problem = _folder.SingleProblemWith(ContentFiles.Film, WithLogline(logline));

        Assert.Contains(said, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoglineWithQuotesAndApostrophesLoadsAsTyped()
    {
        const string logline = "China's \\\"most powerful\\\" artist, in one sentence.";

        var film = _folder.With(ContentFiles.Film, WithLogline(logline)).Load().Film;

        Assert.Equal("China's \"most powerful\" artist, in one sentence.", film.Logline);
    }

    private static string WithLogline(string logline)
    {
        var start = s_realFilm.IndexOf("\"logline\": \"", StringComparison.Ordinal);
        var end = s_realFilm.IndexOf('\n', start);
        return string.Concat(s_realFilm.AsSpan(0, start), $"\"logline\": \"{logline}\",", s_realFilm.AsSpan(end));
    }
}
