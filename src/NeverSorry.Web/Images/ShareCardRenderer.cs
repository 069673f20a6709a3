using NetVips;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;
using static NeverSorry.Web.Images.CardPaint;

namespace NeverSorry.Web.Images;

/// <summary>
/// Draws a page's 1200 × 630 share card (<see cref="CardText"/>). Without a picture, a designed typographic card
/// that fills the frame: the page's name and an accent rule, the title large, the laurels, the status on an accent
/// band. Over the lead picture (<see cref="StillCard"/>): cropped around its focus, with the text on a scrim at
/// the edge away from the focus.
/// </summary>
internal static class ShareCardRenderer
{
    private const int Margin = 80;
    private const int StripHeight = 88;
    private const int LaurelHeight = 120;

    /// <summary>The card as PNG (flat colours stay crisp) without a picture, as JPEG over one.</summary>
    public static byte[] Render(CardText text, byte[]? picture, Focus focus)
    {
        VipsSetup.Configure();
        if (picture is null)
        {
            using var plain = Plain(text);
            return plain.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None);
        }
        using var card = StillCard.Draw(text, picture, focus);
        return card.JpegsaveBuffer(q: PictureSettings.JpegQuality, optimizeCoding: true, keep: Enums.ForeignKeep.None);
    }

    private static Image Plain(CardText text)
    {
        var card = Fill(Band);
        // The accent rule the site's headings have, and the page's name beside it.
        card = card.Mutate(m => m.DrawRect(Accent, Margin, 70, 96, 8, fill: true));
        var eyebrow = Text(text.Page.ToUpperInvariant(), bold: true, 28, Width - 2 * Margin - 120, 40);
        card = Paint(card, eyebrow, Accent, Margin + 120, 74 - eyebrow.Height / 2);

        // A band of the accent colour along the foot: the status when there is one, else the year and director.
        var stripTop = Height - StripHeight;
        card = card.Mutate(m => m.DrawRect(Accent, 0, stripTop, Width, StripHeight, fill: true));
        var strip = Text(text.Status ?? text.Byline, bold: text.Status is not null, 34, Width - 2 * Margin, StripHeight - 24);
        card = Paint(card, strip, Band, Margin, stripTop + (StripHeight - strip.Height) / 2);

        var bottom = stripTop - 32;
        if (text.Laurels.Count > 0)
        {
            var laurels = Row([.. text.Laurels.Select(f => LaurelStamp.Of(f, LaurelHeight))], gap: 40);
            bottom -= laurels.Height;
            card = Paint(card, laurels, Ink, Margin, bottom);
            bottom -= 32;
        }

        // The title as large as the room left allows, with the byline under it when the band says the status.
        var top = 74 + eyebrow.Height / 2 + 32;
        var byline = text.Status is null ? null : Text(text.Byline, bold: false, 32, Width - 2 * Margin, 44);
        var room = bottom - top - (byline is null ? 0 : byline.Height + 16);
        var title = Text(text.Title, bold: true, 92, Width - 2 * Margin, room);
        var blockTop = top + (room - title.Height) / 2;
        card = Paint(card, title, Ink, Margin, blockTop);
        if (byline is not null)
        {
            card = Paint(card, byline, Muted, Margin, blockTop + title.Height + 16);
        }
        return card;
    }
}
