using NeverSorry.Content.Pictures;

namespace NeverSorry.Web.Images.Metadata;

/// <summary>
/// A picture for download with its words inside: IPTC IIM and XMP in a JPEG, XMP in a PNG or WebP. The pixels'
/// bytes are never decoded or encoded again, only the headers around them rewritten. A file whose headers cannot
/// be read is returned as it was: a download without its words is better than none.
/// </summary>
internal static class PictureMetadata
{
    public static byte[] Write(byte[] picture, ImageFormat format, PictureWords words)
    {
        if (words.IsEmpty)
        {
            return picture;
        }
        var xmp = XmpPacket.Of(words);
        var written = format switch
        {
            ImageFormat.Jpeg => JpegMetadata.Write(picture, xmp, IimRecords.Of(words)),
            ImageFormat.Png => PngMetadata.Write(picture, xmp),
            _ => WebPMetadata.Write(picture, xmp),
        };
        return written ?? picture;
    }
}
