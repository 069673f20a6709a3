using NetVips;
using static NeverSorry.Web.Images.CardPaint;

namespace NeverSorry.Web.Images;

/// <summary>
/// The words of a card over a picture, laid out in a block <paramref name="Width"/> wide (each part's place relative to its top left):
/// the page's name, the title, the status, then the year and director with the laurels beside them on the right.
/// </summary>
internal sealed record TextBlock(int Width, int Height, IReadOnlyList<(Image Mask, double[] Colour, int Left, int Top)> Parts)
{
    private const int Gap = 10;
    private const int LaurelHeight = 84;

    public static TextBlock Of(CardText text, int width)
    {
        var parts = new List<(Image, double[], int, int)>();
        var y = 0;
        void Add(Image mask, double[] colour, int left = 0)
        {
            parts.Add((mask, colour, left, y));
            y += mask.Height + Gap;
        }
        Add(Text(text.Page.ToUpperInvariant(), bold: true, 22, width, 30), Accent);
        Add(Text(text.Title, bold: true, 60, width, 150), Ink);
        if (text.Status is not null)
        {
            Add(Text(text.Status, bold: true, 30, width, 40), Accent);
        }
        var byline = Text(text.Byline, bold: false, 26, width, 36);
        var laurels = text.Laurels.Select(f => LaurelStamp.Of(f, LaurelHeight)).ToList();
        // As many laurels as fit beside the byline, in their order.
        while (laurels.Count > 0 && Row(laurels, 16).Width > width - byline.Width - 32)
        {
            laurels.RemoveAt(laurels.Count - 1);
        }
        var rowHeight = laurels.Count > 0 ? Math.Max(byline.Height, LaurelHeight) : byline.Height;
        parts.Add((byline, Muted, 0, y + (rowHeight - byline.Height) / 2));
        if (laurels.Count > 0)
        {
            var row = Row(laurels, 16);
            parts.Add((row, Ink, width - row.Width, y + (rowHeight - row.Height) / 2));
        }
        return new TextBlock(width, y + rowHeight, parts);
    }
}
