using NetVips;
using NeverSorry.Content.Pictures;

namespace NeverSorry.Web.Images;

/// <summary>
/// Makes the sizes of a picture with libvips: decoded once, shrunk while decoding where the format allows
/// (JPEG), turned upright from its EXIF orientation and into sRGB, then encoded with every piece of
/// metadata (EXIF, GPS, XMP, the profile) left out.
/// </summary>
internal static class PictureEncoder
{
    /// <summary>The picture at the largest width asked for, decoded into memory, upright and in sRGB.</summary>
    public static Image Decode(byte[] source, int largestWidth)
    {
        VipsSetup.Configure();
        using var shrunk = Image.ThumbnailBuffer(source, largestWidth, height: PictureLimits.MaxSide, size: Enums.Size.Down,
            outputProfile: "srgb", failOn: Enums.FailOn.Error);
        var rgb = shrunk.HasAlpha() ? shrunk.Flatten(background: [255, 255, 255]) : shrunk;
        return rgb.CopyMemory();
    }

    public static byte[] Encode(Image decoded, int width, PictureKind kind)
    {
        using var sized = decoded.Width == width ? decoded.Copy() : decoded.ThumbnailImage(width, height: PictureLimits.MaxSide);
        return kind switch
        {
            PictureKind.Jpeg => sized.JpegsaveBuffer(q: PictureSettings.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None),
            PictureKind.WebP => sized.WebpsaveBuffer(q: PictureSettings.WebpQuality, keep: Enums.ForeignKeep.None),
            PictureKind.Avif => sized.HeifsaveBuffer(q: PictureSettings.AvifQuality, compression: Enums.ForeignHeifCompression.Av1,
                effort: PictureSettings.AvifEffort, keep: Enums.ForeignKeep.None),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an encoded size"),
        };
    }
}
