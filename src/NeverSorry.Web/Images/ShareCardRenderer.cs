using System.Net;
using NetVips;
using NeverSorry.Content.Pictures;

namespace NeverSorry.Web.Images;

/// <summary>
/// Draws a page's 1200 × 630 share card in the site's colours: the page's name in the accent colour, the
/// film's title large, the year and director below; over the lead picture (darkened where the text stands)
/// when there is one, else on the dark band of the site's header. The font is the project's own (Fonts/),
/// so a machine without fonts draws the same card.
/// </summary>
internal static class ShareCardRenderer
{
    private const int Margin = 80;
    private static readonly double[] Band = [26, 24, 22];
    private static readonly double[] Ink = [250, 248, 244];
    private static readonly double[] Accent = [255, 107, 94];
    private static readonly double[] Muted = [214, 208, 198];

    public static string BoldFont { get; } = Path.Combine(AppContext.BaseDirectory, "Images", "Fonts", "DejaVuSans-Bold-Latin.ttf");

    public static string BookFont { get; } = Path.Combine(AppContext.BaseDirectory, "Images", "Fonts", "DejaVuSans-Latin.ttf");

    /// <summary>The card as PNG (flat colours stay crisp) without a picture, as JPEG over one.</summary>
    public static byte[] Render(CardText text, byte[]? picture)
    {
        VipsSetup.Configure();
        using var background = picture is null ? Plain() : Darkened(picture);
        var card = background;
        var title = Text($"<b>{Escape(text.Title)}</b>", BoldFont, "DejaVu Sans Bold", 76, 300);
        var eyebrow = Text(Escape(text.Page.ToUpperInvariant()), BoldFont, "DejaVu Sans Bold", 30, 60);
        var byline = Text(Escape(text.Byline), BookFont, "DejaVu Sans", 34, 60);
        var titleTop = PictureSettings.CardHeight - Margin - byline.Height - 24 - title.Height;
        card = Paint(card, eyebrow, Accent, titleTop - 28 - eyebrow.Height);
        card = Paint(card, title, Ink, titleTop);
        card = Paint(card, byline, Muted, PictureSettings.CardHeight - Margin - byline.Height);
        // A rule in the accent colour, as the site's headings have.
        card = card.Mutate(m => m.DrawRect(Accent, Margin, Margin, 96, 8, fill: true));
        return picture is null
            ? card.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None)
            : card.JpegsaveBuffer(q: PictureSettings.JpegQuality, optimizeCoding: true, keep: Enums.ForeignKeep.None);
    }

    private static Image Plain() => (Image.Black(PictureSettings.CardWidth, PictureSettings.CardHeight, bands: 3) + Band).Cast(Enums.BandFormat.Uchar);

    /// <summary>The picture filling the card, darkened towards the bottom so light text reads on any photo.</summary>
    private static Image Darkened(byte[] picture)
    {
        using var cropped = Image.ThumbnailBuffer(picture, PictureSettings.CardWidth, height: PictureSettings.CardHeight,
            crop: Enums.Interesting.Attention, noRotate: false);
        var rgb = cropped.Bands > 3 ? cropped.ExtractBand(0, 3) : cropped.Bands == 1 ? cropped.Bandjoin(cropped, cropped) : cropped;
        // Full brightness at the top, darkening to 0.3 by 45% of the height and staying there, so the light
        // text below keeps a contrast over 7:1 on any photo, even a white one.
        var y = Image.Xyz(PictureSettings.CardWidth, PictureSettings.CardHeight)[1];
        var ramp = y.Linear([-0.7 / (0.45 * PictureSettings.CardHeight)], [1.0]);
        ramp = (ramp > 0.3).Ifthenelse(ramp, 0.3);
        return (rgb * ramp).Cast(Enums.BandFormat.Uchar).CopyMemory();
    }

    /// <summary>Text as a mask, wrapped to the card's width; shrunk to fit when it would be taller than <paramref name="maxHeight"/>.</summary>
    private static Image Text(string markup, string fontFile, string family, int size, int maxHeight)
    {
        var width = PictureSettings.CardWidth - 2 * Margin;
        var mask = Image.Text(markup, font: $"{family} {size}", fontfile: fontFile, width: width, dpi: 72, wrap: Enums.TextWrap.Word);
        return mask.Height <= maxHeight ? mask : Image.Text(markup, font: family, fontfile: fontFile, width: width, height: maxHeight, dpi: 72, wrap: Enums.TextWrap.Word);
    }

    private static Image Paint(Image card, Image mask, double[] colour, int top)
    {
        var placed = mask.Embed(Margin, top, PictureSettings.CardWidth, PictureSettings.CardHeight);
        return placed.Ifthenelse(colour, card, blend: true);
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}

/// <summary>What a card says: the page's name, the film's title, and a line with its year and director.</summary>
internal sealed record CardText(string Page, string Title, string Byline);
