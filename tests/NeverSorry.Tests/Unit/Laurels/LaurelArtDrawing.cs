using System.Xml.Linq;
using NetVips;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;
using NeverSorry.Web.Laurels;

namespace NeverSorry.Tests.Unit.Laurels;

/// <summary>
/// The wreath the share cards draw is an SVG document libvips reads without any font (paths only, no text), with
/// ink where the branches are and nothing in the middle where the lines go; a laurel says the prize when there is
/// one, else "Official Selection", then the festival and the year.
/// </summary>
public sealed class LaurelArtDrawing
{
    [Fact]
    public void TheWreathIsAnSvgDocumentOfPathsOnly()
    {
        var svg = XDocument.Parse(LaurelArt.Wreath("#fff"));

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        Assert.Equal(["path"], svg.Root.Descendants().Select(e => e.Name.LocalName).Distinct());
        Assert.Empty(svg.Root.Descendants(ns + "text"));
        Assert.All(svg.Root.Descendants(ns + "path"), p => Assert.Contains("#fff", (string?)p.Attribute("fill") + (string?)p.Attribute("stroke"), StringComparison.Ordinal));
    }

    [Fact]
    public void LibvipsDrawsTheWreathWithInkOnBothSidesAndAnEmptyMiddle()
    {
        VipsSetup.Configure();
        using var image = Image.SvgloadBuffer(System.Text.Encoding.UTF8.GetBytes(LaurelArt.Wreath("#000000")));

        Assert.Equal((LaurelArt.Width, LaurelArt.Height), (image.Width, image.Height));
        using var alpha = image[image.Bands - 1];
        var third = LaurelArt.Width / 3;
        Assert.True(Coverage(alpha, 0, third) > 0.05, "The left branch has too little ink.");
        Assert.True(Coverage(alpha, 2 * third, third) > 0.05, "The right branch has too little ink.");
        using var middle = alpha.Crop((int)(LaurelArt.Width * 0.3), (int)(LaurelArt.Height * 0.25), (int)(LaurelArt.Width * 0.4), (int)(LaurelArt.Height * 0.5));
        Assert.Equal(0, middle.Max());
    }

    [Fact]
    public void AColourIsEscapedNotInjected()
    {
        var svg = XDocument.Parse(LaurelArt.Wreath("red\"/><script>alert(1)</script><x a=\""));

        Assert.DoesNotContain(svg.Root!.Descendants(), e => e.Name.LocalName is "script" or "x");
    }

    [Fact]
    public void ASelectionSaysOfficialSelectionTheFestivalAndTheYear()
    {
        var festival = new Festival { Name = "Sundance Film Festival", Year = 2012 };

        Assert.Equal(["Official Selection", "Sundance Film Festival", "2012"], LaurelArt.Lines(festival));
    }

    [Fact]
    public void AnAwardTakesThePlaceOfTheSelection()
    {
        var festival = new Festival { Name = "Sundance Film Festival", Year = 2012, Award = "Special Jury Prize" };

        Assert.Equal(["Special Jury Prize", "Sundance Film Festival", "2012"], LaurelArt.Lines(festival));
    }

    private static double Coverage(Image alpha, int left, int width)
    {
        using var strip = alpha.Crop(left, 0, width, alpha.Height);
        return strip.Avg() / 255;
    }
}
