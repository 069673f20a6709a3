using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// A festival may carry the prize the film won, which a laurel then shows instead of "Official Selection"; a
/// blank award, one on two lines or one too long for a laurel is refused on its own line, saying what to do.
/// </summary>
public sealed class FestivalAwards : IDisposable
{
    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AnAwardIsReadAndAFestivalWithoutOneHasNone()
    {
        _folder.With(ContentFiles.Festivals, Festivals("""{ "name": "Sundance Film Festival", "year": 2012, "award": "Special Jury Prize" }"""));

        var festivals = _folder.Load().Festivals;

        Assert.Equal("Special Jury Prize", festivals[0].Award);
        Assert.Null(festivals[1].Award);
    }

    [Theory]
    [InlineData("\"\"", "'award' is empty")]
    [InlineData("\"   \"", "'award' is empty")]
    [InlineData("\"Special Jury\\nPrize\"", "must be one line")]
    [InlineData("\"Special Jury Prize\\u2028\"", "must be one line")]
    [InlineData("\"Special\\u0007 Jury Prize\"", "must be one line")]
    public void ABlankOrBrokenAwardIsRefusedOnItsLine(string award, string expected)
    {
        var text = Festivals($$"""{ "name": "Sundance Film Festival", "year": 2012, "award": {{award}} }""");

        var problem = _folder.SingleProblemWith(ContentFiles.Festivals, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Festivals), problem.File);
        Assert.Equal((ContentText.LineOf(text, "\"award\""), ContentText.ColumnOf(text, "\"award\"")), (problem.Line, problem.Column));
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAwardTooLongForALaurelIsRefusedWithItsLength()
    {
        var award = string.Join(' ', Enumerable.Repeat("Prize", 14));
        var text = Festivals($$"""{ "name": "Sundance Film Festival", "year": 2012, "award": "{{award}}" }""");

        var problem = _folder.SingleProblemWith(ContentFiles.Festivals, text);

        Assert.Contains($"is {award.Length} characters long, more than a laurel holds (80)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAwardOfEightyCharactersIsTaken()
    {
        var award = new string('A', 80);
        _folder.With(ContentFiles.Festivals, Festivals($$"""{ "name": "Sundance Film Festival", "year": 2012, "award": "{{award}}" }"""));

        Assert.Equal(award, _folder.Load().Festivals[0].Award);
    }

    [Fact]
    public void TheRepositoryInventsNoPrize()
    {
        using var real = TempContentFolder.CopyOfReal();

        Assert.All(real.Load().Festivals, f => Assert.Null(f.Award));
    }

    private static string Festivals(string first) =>
        "{\n  \"festivals\": [\n    " + first + ",\n    { \"name\": \"Hot Docs Film Festival\", \"year\": 2012 }\n  ]\n}\n";
}
