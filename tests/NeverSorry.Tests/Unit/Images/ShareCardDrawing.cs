using NetVips;
using NeverSorry.Content.Files;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Addresses;
using NeverSorry.Web.Images;

namespace NeverSorry.Tests.Unit.Images;

/// <summary>The share cards as drawn, measured in their pixels: the text-only card's layout, and the scrim and crop of a card over a picture.</summary>
public sealed class ShareCardDrawing
{
    private static readonly Film s_film = new ContentLoader(TimeProvider.System).Load(new ContentFolder(RepositoryPaths.Content)).Film;

    private static readonly Festival[] s_festivals =
    [
        new() { Name = "Sundance Film Festival", Year = 2012 },
        new() { Name = "Internationale Filmfestspiele Berlin", Year = 2012 },
        new() { Name = "Hot Docs Film Festival", Year = 2012 },
    ];

    private static CardText Text(string? status = "Now showing at IFC Center") => CardText.Of(s_film, s_festivals, SitePages.Home, status);

    [Fact]
    public void TheTextOnlyCardHasInkInItsTopHalf()
    {
        using var card = Image.NewFromBuffer(ShareCardRenderer.Render(Text(), picture: null, Focus.Middle));

        // Light pixels (the title's ink) in the top half; the old card had there only its accent rule, 768 pixels.
        using var top = card.Crop(0, 0, card.Width, card.Height / 2);
        Assert.True(LightPixels(top) > 8000, $"the top half has {LightPixels(top)} light pixels");
        // And the foot carries the status band in the accent colour.
        using var foot = card.Crop(0, card.Height - 10, card.Width, 10);
        Assert.Equal([255, 107, 94], Enumerable.Range(0, 3).Select(b => Math.Round(foot[b].Avg())));
    }

    [Theory]
    [InlineData("white")]
    [InlineData("noise")]
    public void TheTextOverAPictureKeepsAContrastOfAtLeastFourAndAHalfToOne(string kind)
    {
        var picture = kind == "white" ? White(1920, 1280) : Noise(1920, 1280);

        var (background, block, top) = StillCard.Backdrop(Text(), picture, Focus.Middle);

        // The brightest background pixel anywhere under the text block, against the dimmest text colour (the accent).
        using var under = background.Crop(0, top, background.Width, block.Height);
        var brightest = Enumerable.Range(0, 3).Select(b => under[b].Max()).ToArray();
        var contrast = (Luminance([255, 107, 94]) + 0.05) / (Luminance(brightest) + 0.05);
        Assert.True(contrast >= 4.5, $"the accent on ({string.Join(", ", brightest)}) has a contrast of {contrast:0.00}:1");
    }

    [Fact]
    public void TheFocusStaysInTheCardUndarkenedAndOnlyTheTextBandIsScrimmed()
    {
        // A grey portrait with a green disc low down, where the focus says the subject is.
        var picture = Grey(1200, 1600).Mutate(m => m.DrawCircle([0, 200, 0], 600, 1360, 60, fill: true)).JpegsaveBuffer(q: 95);

        using var card = Image.NewFromBuffer(ShareCardRenderer.Render(Text(), picture, new Focus { X = 0.5, Y = 0.85 }));

        // The whole disc is on the card and as green as it was: no scrim over the subject.
        var green = (card[1] > 170) & (card[0] < 60) & (card[2] < 60);
        Assert.InRange(green.Avg() / 255 * card.Width * card.Height, 0.9 * Math.PI * 60 * 60, 1.1 * Math.PI * 60 * 60);
        // The text went to the top, away from the subject (low on the card): dark there, the grey untouched below the fade.
        using var textBand = card.Crop(0, 0, card.Width, 56);
        Assert.True(textBand.Avg() < 60, $"the band under the text averages {textBand.Avg():0}");
        using var rest = card.Crop(0, card.Height - 40, card.Width, 40);
        Assert.InRange(rest.Avg(), 124, 132);
    }

    private static double LightPixels(Image image) => (image.Colourspace(Enums.Interpretation.Bw) > 160).Avg() / 255 * image.Width * image.Height;

    private static byte[] White(int width, int height) => (Image.Black(width, height, bands: 3) + 255).Cast(Enums.BandFormat.Uchar).JpegsaveBuffer(q: 95);

    private static byte[] Noise(int width, int height)
    {
        var noise = Image.Gaussnoise(width, height, mean: 128, sigma: 90);
        return noise.Bandjoin(Image.Gaussnoise(width, height, mean: 128, sigma: 90), Image.Gaussnoise(width, height, mean: 128, sigma: 90))
            .Cast(Enums.BandFormat.Uchar).PngsaveBuffer(compression: 1);
    }

    private static Image Grey(int width, int height) => (Image.Black(width, height, bands: 3) + 128).Cast(Enums.BandFormat.Uchar);

    /// <summary>WCAG's relative luminance of an sRGB colour.</summary>
    private static double Luminance(double[] rgb)
    {
        var linear = rgb.Select(c => c / 255 <= 0.04045 ? c / 255 / 12.92 : Math.Pow((c / 255 + 0.055) / 1.055, 2.4)).ToArray();
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
