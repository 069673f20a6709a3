using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;
using NeverSorry.Web.Images;
using NeverSorry.Web.Models;

namespace NeverSorry.Tests.Unit.Models;

/// <summary>The first screen's rules: which layout a lead picture calls for, where the title goes, how the crop and the sizes follow.</summary>
public class FirstScreenLayout
{
    [Theory]
    [InlineData(0.5, 0.3, "bottom-left")]
    [InlineData(0.5, 0.8, "top-left")]
    [InlineData(0.2, 0.3, "bottom-right")]
    [InlineData(0.1, 0.9, "top-right")]
    [InlineData(0.5, 0.5, "bottom-left")]
    public void PutsTheTitleInTheCornerAwayFromTheSubject(double x, double y, string placement) =>
        Assert.Equal(placement, With(Still(x, y)).Placement);

    [Theory]
    [InlineData(0.5, 0.3, "fx-5 fy-3")]
    [InlineData(0.04, 1.0, "fx-0 fy-10")]
    [InlineData(0.75, 0.25, "fx-8 fy-3")]
    public void CropsRoundTheFocusInTenths(double x, double y, string classes) =>
        Assert.Equal(classes, With(Still(x, y)).FocusClasses);

    [Fact]
    public void SetsAStillBehindTheTitleAPosterBesideItAndTheTitleAloneWithoutAPicture()
    {
        Assert.Equal("still", With(Still(0.5, 0.5)).Layout);
        Assert.Equal("poster", With(Still(0.5, 0.5) with { Label = SourcePicture.PosterLabel }).Layout);
        var type = new FirstScreen(null, null, false, false, []);
        Assert.Equal(("type", "bottom-left", ""), (type.Layout, type.Placement, type.FocusClasses));
    }

    [Theory]
    [InlineData(2400, 1600, "(min-width: 120rem) 120rem, (min-width: 40rem) 100vw, 100vw")]
    [InlineData(2400, 1000, "(min-width: 120rem) 120rem, (min-width: 40rem) 100vw, 160vw")]
    [InlineData(1200, 1200, "(min-width: 120rem) 120rem, (min-width: 40rem) 100vw, 100vw")]
    public void AsksForAStillAsWideAsItIsDrawn(int width, int height, string sizes) =>
        Assert.Equal(sizes, PictureView.LeadSizes(Still(0.5, 0.5) with { Width = width, Height = height }));

    [Fact]
    public void AsksForAPosterAsWideAsItsColumn() =>
        Assert.Equal("(min-width: 48rem) 22rem, min(calc(100vw - 2rem), 20rem)",
            PictureView.LeadSizes(Still(0.5, 0.5) with { Label = SourcePicture.PosterLabel }));

    private static FirstScreen With(SourcePicture source) =>
        new(new PictureView(PictureSet.Empty, source, IsLead: true, PictureView.LeadSizes(source)), null, false, false, []);

    private static SourcePicture Still(double x, double y) =>
        new("still-1", SourcePicture.StillLabel, "images/still-1.jpg", "/nowhere/still-1.jpg", ImageFormat.Jpeg, 2400, 1600, 1, new string('0', 64),
            "What the picture shows.", "A caption.", "A credit", null)
        {
            Focus = new Focus { X = x, Y = y },
        };
}
