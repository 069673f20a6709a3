using System.Globalization;
using System.Xml.Linq;
using NeverSorry.Content.Model;
using NeverSorry.Web.Laurels;

namespace NeverSorry.Tests.Unit.Laurels;

/// <summary>
/// A laurel's SVG, inline and as a file, is well-formed XML whose text is never under 12 px at the size the
/// stylesheet draws it (1:1), however long the festival's name or prize; a long name makes the laurel taller,
/// not its text smaller; the file names its own fonts, the inline one leaves them to the page.
/// </summary>
public sealed class LaurelSvgText
{
    private static readonly Festival s_short = new() { Name = "Doxa", Year = 2012 };
    private static readonly Festival s_long = new()
    {
        Name = "San Francisco International Film Festival of Documentary Filmmaking",
        Year = 2012,
        Award = new string('W', ContentValidatorAwardLimit),
    };

    private const int ContentValidatorAwardLimit = NeverSorry.Content.Checking.ContentValidator.AwardMaxChars;

    public static TheoryData<Festival> Festivals => new(s_short, s_long, new Festival { Name = "Internationale Filmfestspiele Berlin", Year = 2012 });

    [Theory]
    [MemberData(nameof(Festivals))]
    public void NoTextIsUnderTwelveUnitsAndTheDrawingIsTwoHundredWide(Festival festival)
    {
        foreach (var svg in new[] { XElement.Parse(LaurelSvg.Inline(festival)), XElement.Parse(LaurelSvg.File(festival)) })
        {
            Assert.Equal("0 0 200 ", ((string)svg.Attribute("viewBox")!)[..8]);
            var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").ToList();
            Assert.NotEmpty(texts);
            Assert.All(texts, t => Assert.True(double.Parse((string)t.Attribute("font-size")!, CultureInfo.InvariantCulture) >= 12, t.ToString()));
        }
    }

    [Fact]
    public void ALongNameMakesATallerLaurelNotSmallerText()
    {
        var shortOne = XElement.Parse(LaurelSvg.Inline(s_short));
        var longOne = XElement.Parse(LaurelSvg.Inline(s_long));

        Assert.True(Height(longOne) > Height(shortOne), $"{Height(longOne)} is not taller than {Height(shortOne)}.");
        Assert.All(longOne.Descendants().Where(e => e.Name.LocalName == "text"), t =>
        {
            var baseline = double.Parse((string)t.Attribute("y")!, CultureInfo.InvariantCulture);
            Assert.InRange(baseline, 12, Height(longOne));
        });
    }

    [Fact]
    public void TheFileNamesItsFontsAndTheInlineOneInheritsThePages()
    {
        var festival = new Festival { Name = "Sundance Film Festival", Year = 2012 };

        Assert.Contains("serif", (string?)XElement.Parse(LaurelSvg.File(festival)).Attribute("font-family"), StringComparison.Ordinal);
        Assert.DoesNotContain("font-family", LaurelSvg.Inline(festival), StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharactersAndLoneSurrogatesCannotBreakTheFile()
    {
        var festival = new Festival { Name = "Bad\u0001Name \ud800 Festival", Year = 2012 };

        var title = XElement.Parse(LaurelSvg.File(festival)).Elements().First(e => e.Name.LocalName == "title").Value;

        Assert.Equal("Official Selection, Bad Name \ufffd Festival 2012", title);
    }

    private static double Height(XElement svg) => double.Parse((string)svg.Attribute("height")!, CultureInfo.InvariantCulture);
}
