namespace NeverSorry.Content.Pictures;

/// <summary>The picture formats staff may supply, told apart by their first bytes, never by the file's name.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    WebP,
}

public static class ImageFormats
{
    /// <summary>How many bytes <see cref="Sniff"/> needs.</summary>
    public const int HeaderLength = 16;

    /// <summary>The format of a supported picture, or null with the name of what it is instead ("a GIF", or null when unknown).</summary>
    public static ImageFormat? Sniff(ReadOnlySpan<byte> head, out string? otherKind)
    {
        otherKind = null;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ImageFormat.Jpeg;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ImageFormat.Png;
        }
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormat.WebP;
        }
        otherKind = head switch
        {
            _ when head.StartsWith("GIF8"u8) => "a GIF",
            _ when head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) => "a TIFF",
            _ when head.StartsWith("BM"u8) => "a BMP",
            _ when head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) => "an AVIF or HEIC",
            _ when head.StartsWith("%PDF"u8) => "a PDF",
            _ when head.StartsWith("<svg"u8) || head.StartsWith("<?xml"u8) => "an SVG",
            _ when head.StartsWith("8BPS"u8) => "a Photoshop file",
            _ => null,
        };
        return null;
    }

    /// <summary>The extension a file of this format gets from the site, without the dot.</summary>
    public static string Extension(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Png => "png",
        _ => "webp",
    };

    /// <summary>The format's name as people write it: JPEG, PNG, WebP.</summary>
    public static string Name(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "JPEG",
        ImageFormat.Png => "PNG",
        _ => "WebP",
    };

    /// <summary>
    /// Whether a file name ends in an extension of its format (any case: cameras write .JPG). A name that says
    /// another kind of file (.html) would be opened as that kind once the picture leaves the site, in a ZIP.
    /// </summary>
    public static bool HasExtensionOf(string fileName, ImageFormat format) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".jpg" or ".jpeg" => format == ImageFormat.Jpeg,
            ".png" => format == ImageFormat.Png,
            ".webp" => format == ImageFormat.WebP,
            _ => false,
        };
}
