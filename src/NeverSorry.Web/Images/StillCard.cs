using NetVips;
using NeverSorry.Content.Model;
using static NeverSorry.Web.Images.CardPaint;

namespace NeverSorry.Web.Images;

/// <summary>
/// A share card over a picture: the text in a block at the bottom or the top of the card, on a scrim (the header's
/// dark colour, fading out over 72 px) only across that band; the picture scaled to cover the card and cropped so
/// its focus sits as near the middle of the rest of the card as the crop allows, on the side that keeps it furthest
/// from the scrim (the bottom on a tie).
/// </summary>
internal static class StillCard
{
    private const int Margin = 56;
    private const int Pad = 28;
    private const int Fade = 72;

    /// <summary>
    /// How dark the scrim is under the text: over a white picture the background is then (44, 42, 41), on which the
    /// dimmest text (the accent) keeps 5:1 and the rest over 9:1.
    /// </summary>
    public const double Opacity = 0.92;

    public static Image Draw(CardText text, byte[] picture, Focus focus)
    {
        var (background, block, top) = Backdrop(text, picture, focus);
        var card = background;
        foreach (var (mask, colour, left, y) in block.Parts)
        {
            card = Paint(card, mask, colour, Margin + left, top + y);
        }
        return card;
    }

    /// <summary>The cropped, scrimmed picture before the text, the text block, and the top of that block on the card.</summary>
    internal static (Image Background, TextBlock Block, int Top) Backdrop(CardText text, byte[] picture, Focus focus)
    {
        var block = TextBlock.Of(text, Width - 2 * Margin);
        using var scaled = Scaled(picture);
        var x = Math.Clamp((int)Math.Round(focus.X * scaled.Width - Width / 2.0), 0, scaled.Width - Width);
        var focusY = focus.Y * scaled.Height;
        // Bottom: the text from Height - Margin - block up, the scrim from Pad and Fade above it; the top mirrors it.
        var clearEnd = Height - Margin - block.Height - Pad - Fade;
        var clearStart = Margin + block.Height + Pad + Fade;
        var bottomY = CropTop(focusY, clearEnd / 2.0, scaled.Height);
        var topY = CropTop(focusY, (clearStart + Height) / 2.0, scaled.Height);
        var atBottom = clearEnd - (focusY - bottomY) >= focusY - topY - clearStart;
        var y = atBottom ? bottomY : topY;
        var textTop = atBottom ? Height - Margin - block.Height : Margin;
        using var cropped = scaled.Crop(x, y, Width, Height);
        return (Scrimmed(cropped, atBottom, textTop, textTop + block.Height), block, textTop);
    }

    /// <summary>The picture upright, in sRGB without alpha, scaled to cover the card.</summary>
    private static Image Scaled(byte[] picture)
    {
        using var upright = Image.ThumbnailBuffer(picture, 2 * Width, height: 2 * Width, size: Enums.Size.Down);
        var srgb = upright.Colourspace(Enums.Interpretation.Srgb);
        var rgb = srgb.HasAlpha() ? srgb.Flatten(background: [255, 255, 255]) : srgb;
        // Half a pixel over, so rounding never leaves the scaled picture a pixel short of the card.
        var scale = Math.Max((Width + 0.5) / rgb.Width, (Height + 0.5) / rgb.Height);
        return rgb.Resize(scale).Cast(Enums.BandFormat.Uchar).CopyMemory();
    }

    /// <summary>Where to cut the card out of the scaled picture so its focus lands as near <paramref name="target"/> as it can.</summary>
    private static int CropTop(double focusY, double target, int scaledHeight) =>
        Math.Clamp((int)Math.Round(focusY - target), 0, scaledHeight - Height);

    /// <summary>The picture mixed with the dark band colour at <see cref="Opacity"/> from the text's edge to the card's, fading out beyond.</summary>
    private static Image Scrimmed(Image picture, bool atBottom, int textTop, int textBottom)
    {
        var y = Image.Xyz(Width, Height)[1].Cast(Enums.BandFormat.Float);
        // 1 across the text and its padding, falling to 0 over Fade pixels towards the picture.
        var ramp = atBottom
            ? y.Linear([1.0 / Fade], [-(textTop - Pad - Fade) / (double)Fade])
            : y.Linear([-1.0 / Fade], [(textBottom + Pad + Fade) / (double)Fade]);
        ramp = (ramp > 1.0).Ifthenelse(1.0, (ramp < 0.0).Ifthenelse(0.0, ramp)) * Opacity;
        var mixed = picture * (1.0 - ramp) + ramp * Band;
        return mixed.Cast(Enums.BandFormat.Uchar).CopyMemory();
    }
}
