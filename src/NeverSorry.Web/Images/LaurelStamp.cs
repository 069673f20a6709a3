using System.Text;
using NetVips;
using NeverSorry.Content.Model;
using NeverSorry.Web.Laurels;

namespace NeverSorry.Web.Images;

/// <summary>
/// A laurel for a share card, as a mask: the site's wreath (<see cref="LaurelArt.Wreath"/>, rasterised by libvips,
/// which needs no font for it) with its lines (<see cref="LaurelArt.Lines"/>) set inside in the card's fonts.
/// </summary>
internal static class LaurelStamp
{
    /// <summary>The wreath as drawn, for the hash in the cards' names: new art, new cards.</summary>
    public static string Art => LaurelArt.Wreath("#ffffff");

    public static Image Of(Festival festival, int height)
    {
        var svg = Encoding.UTF8.GetBytes(Art);
        using var natural = Image.SvgloadBuffer(svg);
        using var wreath = Image.SvgloadBuffer(svg, scale: (double)height / natural.Height);
        var mask = wreath[wreath.Bands - 1];
        // The lines stand between the branches, in the middle of the wreath (LaurelArt leaves them about 60 % of it).
        var inner = (int)(mask.Width * 0.56);
        var lines = LaurelArt.Lines(festival);
        var masks = lines.Select((line, i) => i == 1
            ? CardPaint.Text(line, bold: true, size: (int)(height * 0.13), width: inner, maxHeight: (int)(height * 0.34), Enums.Align.Centre)
            : CardPaint.Text(line, bold: false, size: (int)(height * 0.1), width: inner, maxHeight: (int)(height * 0.2), Enums.Align.Centre)).ToList();
        var gap = height / 30;
        var top = (mask.Height - masks.Sum(m => m.Height) - gap * (masks.Count - 1)) / 2;
        foreach (var line in masks)
        {
            mask = (mask + line.Embed((mask.Width - line.Width) / 2, top, mask.Width, mask.Height)).Cast(Enums.BandFormat.Uchar);
            top += line.Height + gap;
        }
        return mask;
    }
}
