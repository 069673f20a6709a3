using System.Buffers.Binary;
using NetVips;

namespace NeverSorry.Content.Pictures;

/// <summary>
/// The memory a picture takes to decode when libvips cannot stream it through a few rows: an interlaced PNG is
/// held whole (every pixel), a progressive JPEG as every coefficient (two bytes a sample), a lossless or animated
/// WebP in libwebp's own buffer (four bytes a pixel), a lossy WebP's transparency as one byte a pixel. Read from
/// the header alone (libvips issues #650, #1887); every other picture streams, shrunk while it is decoded.
/// </summary>
public static class HeldWhole
{
    /// <summary>What decoding <paramref name="header"/>'s picture holds; <see cref="Cost.Bytes"/> is 0 when it streams.</summary>
    public static Cost Of(Image header, ImageFormat format, ReadOnlySpan<byte> file)
    {
        var pixels = (long)header.Width * header.Height;
        var interlaced = header.Contains("interlaced") && (int)header.Get("interlaced") != 0;
        switch (format)
        {
            case ImageFormat.Png when interlaced:
                var sampleBytes = header.Format is Enums.BandFormat.Ushort ? 2 : 1;
                return new(pixels * header.Bands * sampleBytes, "an interlaced PNG", "save it as a JPEG (or as a PNG with interlacing turned off)");
            case ImageFormat.Jpeg when interlaced:
                // Colour JPEGs mostly keep one colour sample for four pixels (4:2:0): 1.5 samples a pixel then.
                var subsampled = header.Contains("jpeg-chroma-subsample") && ((string)header.Get("jpeg-chroma-subsample")).StartsWith("4:2:0", StringComparison.Ordinal);
                var samples = subsampled && header.Bands == 3 ? 1.5 : header.Bands;
                return new((long)(pixels * samples * 2), "a progressive JPEG", "save it again as a JPEG with \"progressive\" turned off");
            case ImageFormat.WebP:
                return WebPCost(file, pixels);
            default:
                return new(0, "", "");
        }
    }

    /// <summary>Walks the WebP's chunks to its image data: <c>VP8L</c> is lossless, <c>ANIM</c> animated, <c>ALPH</c> transparency.</summary>
    private static Cost WebPCost(ReadOnlySpan<byte> file, long pixels)
    {
        var (animated, alpha) = (false, false);
        for (long at = 12; at + 8 <= file.Length;)
        {
            var chunk = file.Slice((int)at, 4);
            if (chunk.SequenceEqual("VP8L"u8))
            {
                return new(pixels * 4, "a lossless WebP", "save it as a JPEG");
            }
            if (chunk.SequenceEqual("VP8 "u8))
            {
                break;
            }
            animated |= chunk.SequenceEqual("ANIM"u8);
            alpha |= chunk.SequenceEqual("ALPH"u8);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(file.Slice((int)at + 4, 4));
            at += 8 + size + (size & 1);
        }
        return animated ? new(pixels * 4, "an animated WebP", "save the frame you want as a JPEG")
            : alpha ? new(pixels, "a WebP with transparency", "save it as a JPEG")
            : new(0, "", "");
    }

    /// <param name="Bytes">The memory held before the first row comes out; 0 for a picture that streams.</param>
    /// <param name="Kind">What it is, in words: "an interlaced PNG".</param>
    /// <param name="Advice">How staff make a copy that streams: "save it as a JPEG".</param>
    public sealed record Cost(long Bytes, string Kind, string Advice);
}
