using System.Net;
using NetVips;

using NeverSorry.Web.Site;

namespace NeverSorry.Web.Images;

/// <summary>
/// What every share card is drawn with: the site's colours, the project's own fonts (Fonts/, so a machine
/// without fonts draws the same card), text as a mask, and a mask painted in a colour.
/// </summary>
internal static class CardPaint
{
    public const int Width = PictureSettings.CardWidth;
    public const int Height = PictureSettings.CardHeight;

    public static readonly double[] Band = [26, 24, 22];
    public static readonly double[] Ink = [250, 248, 244];
    public static readonly double[] Accent = [255, 107, 94];
    public static readonly double[] Muted = [214, 208, 198];

    public static string BoldFont => SiteFonts.Bold;

    public static string BookFont => SiteFonts.Book;

    public static Image Fill(double[] colour) => (Image.Black(Width, Height, bands: 3) + colour).Cast(Enums.BandFormat.Uchar);

    /// <summary>
    /// Text as a mask, wrapped at <paramref name="width"/>; shrunk to fit when it would be taller than
    /// <paramref name="maxHeight"/> or a word wider than the width.
    /// </summary>
    public static Image Text(string text, bool bold, int size, int width, int maxHeight, Enums.Align align = Enums.Align.Low)
    {
        var (markup, family, file) = bold
            ? ($"<b>{WebUtility.HtmlEncode(text)}</b>", "DejaVu Sans Bold", BoldFont)
            : (WebUtility.HtmlEncode(text), "DejaVu Sans", BookFont);
        var mask = Image.Text(markup, font: $"{family} {size}", fontfile: file, width: width, align: align, dpi: 72, wrap: Enums.TextWrap.Word);
        return mask.Height <= maxHeight && mask.Width <= width
            ? mask
            : Image.Text(markup, font: family, fontfile: file, width: width, height: maxHeight, align: align, wrap: Enums.TextWrap.Word);
    }

    /// <summary>The card with <paramref name="mask"/> painted in <paramref name="colour"/>, its top left corner at (left, top).</summary>
    public static Image Paint(Image card, Image mask, double[] colour, int left, int top)
    {
        var placed = mask.Embed(left, top, Width, Height);
        return placed.Ifthenelse(colour, card, blend: true);
    }

    /// <summary>Several masks side by side, <paramref name="gap"/> apart, their middles on one line.</summary>
    public static Image Row(IReadOnlyList<Image> masks, int gap)
    {
        var height = masks.Max(m => m.Height);
        var width = masks.Sum(m => m.Width) + gap * (masks.Count - 1);
        var row = Image.Black(width, height);
        var left = 0;
        foreach (var mask in masks)
        {
            row = row.Insert(mask, left, (height - mask.Height) / 2);
            left += mask.Width + gap;
        }
        return row.Cast(Enums.BandFormat.Uchar);
    }
}
