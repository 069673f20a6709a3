using NeverSorry.Content.Reading;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>How staff's straight quotes and apostrophes in JSON text are shown: typographic, the rest untouched.</summary>
public class SmartQuotesText
{
    [Theory]
    [InlineData("Director's statement", "Director’s statement")]
    [InlineData("China's \"most powerful\" artist", "China’s “most powerful” artist")]
    [InlineData("\"Never Sorry\"", "“Never Sorry”")]
    [InlineData("a 'quoted' word", "a ‘quoted’ word")]
    [InlineData("the '90s", "the ’90s")]
    [InlineData("(\"Sorry\")", "(“Sorry”)")]
    [InlineData("the artists' studio", "the artists’ studio")]
    public void MakesQuotesAndApostrophesTypographic(string typed, string shown) =>
        Assert.Equal(shown, SmartQuotes.Apply(typed));

    [Fact]
    public void LeavesTextWithoutQuotesAsItIs()
    {
        const string text = "Sundance Film Festival — 2012";

        Assert.Same(text, SmartQuotes.Apply(text));
        Assert.Null(SmartQuotes.Apply(null));
    }
}
