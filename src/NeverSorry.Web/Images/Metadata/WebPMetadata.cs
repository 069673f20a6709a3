using System.Buffers.Binary;

namespace NeverSorry.Web.Images.Metadata;

/// <summary>
/// Writes the XMP packet into a WebP as an "XMP " chunk at the end, as the extended format asks. A simple file
/// (one VP8 or VP8L chunk) is made extended first: a VP8X header with the canvas size read from the bitstream.
/// The image's chunks are copied byte for byte; the RIFF size is written anew.
/// </summary>
internal static class WebPMetadata
{
    private const byte IccFlag = 0x20, AlphaFlag = 0x10, ExifFlag = 0x08, XmpFlag = 0x04;

    /// <summary>The WebP with the XMP, or null when a chunk runs past the end or a simple file's bitstream header is not one.</summary>
    public static byte[]? Write(byte[] webp, byte[] xmp)
    {
        var chunks = Chunks(webp);
        if (chunks is null || chunks.Count == 0)
        {
            return null;
        }
        var header = chunks[0].Type == "VP8X" ? Extended(webp, chunks[0]) : Simple(webp, chunks);
        if (header is null)
        {
            return null;
        }
        var body = new MemoryStream(webp.Length + xmp.Length + 64);
        WriteChunk(body, "VP8X"u8, header);
        foreach (var chunk in chunks.Skip(chunks[0].Type == "VP8X" ? 1 : 0).Where(c => c.Type != "XMP "))
        {
            body.Write(webp.AsSpan(chunk.Start, chunk.Length));
            if (chunk.Length % 2 == 1)
            {
                // The last chunk of a file may lack its pad byte; one that follows must not start at an odd offset.
                body.WriteByte(0);
            }
        }
        WriteChunk(body, "XMP "u8, xmp);

        var output = new MemoryStream((int)body.Length + 12);
        output.Write("RIFF"u8);
        output.Write(LittleEndian((uint)body.Length + 4));
        output.Write("WEBP"u8);
        body.Position = 0;
        body.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>A chunk: its FourCC and where it starts (at the FourCC) and its length with FourCC, size and data, without the pad byte.</summary>
    private readonly record struct Chunk(string Type, int Start, int Length);

    /// <summary>The chunks inside the RIFF, or null when it is not a WebP or a chunk runs past the end.</summary>
    private static List<Chunk>? Chunks(byte[] webp)
    {
        if (webp.Length < 12 || !webp.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !webp.AsSpan(8, 4).SequenceEqual("WEBP"u8))
        {
            return null;
        }
        var end = 8L + BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(4));
        if (end > webp.Length)
        {
            return null;
        }
        var chunks = new List<Chunk>();
        var at = 12;
        while (at < end)
        {
            if (at + 8 > end)
            {
                return null;
            }
            var size = BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(at + 4));
            if (at + 8L + size > end)
            {
                return null;
            }
            chunks.Add(new Chunk(System.Text.Encoding.ASCII.GetString(webp, at, 4), at, 8 + (int)size));
            at += 8 + (int)size + (int)(size % 2);
        }
        return chunks;
    }

    /// <summary>An extended file's VP8X payload with the XMP flag set.</summary>
    private static byte[]? Extended(byte[] webp, Chunk vp8x)
    {
        if (vp8x.Length < 18)
        {
            return null;
        }
        var header = webp[(vp8x.Start + 8)..(vp8x.Start + 18)];
        header[0] |= XmpFlag;
        return header;
    }

    /// <summary>A VP8X payload for a simple file: its canvas from the VP8 or VP8L header, and the flags of what it holds.</summary>
    private static byte[]? Simple(byte[] webp, List<Chunk> chunks)
    {
        var image = chunks[0];
        var data = webp.AsSpan(image.Start + 8, image.Length - 8);
        (int Width, int Height, bool Alpha)? canvas = image.Type switch
        {
            // A key frame (bit 0 clear), the start code 9D 01 2A, then 14-bit width and height.
            "VP8 " when data.Length >= 10 && (data[0] & 1) == 0 && data[3] == 0x9D && data[4] == 0x01 && data[5] == 0x2A =>
                (BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFF, false),
            // The signature 0x2F, then width − 1 and height − 1 in 14 bits each and the alpha bit.
            "VP8L" when data.Length >= 5 && data[0] == 0x2F => Lossless(BinaryPrimitives.ReadUInt32LittleEndian(data[1..])),
            _ => null,
        };
        if (canvas is not { } c || c.Width == 0 || c.Height == 0)
        {
            return null;
        }
        var header = new byte[10];
        header[0] = (byte)(XmpFlag | (c.Alpha ? AlphaFlag : 0)
            | (chunks.Any(k => k.Type == "ICCP") ? IccFlag : 0) | (chunks.Any(k => k.Type == "EXIF") ? ExifFlag : 0));
        WriteUInt24(header.AsSpan(4), c.Width - 1);
        WriteUInt24(header.AsSpan(7), c.Height - 1);
        return header;

        static (int, int, bool) Lossless(uint bits) => ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1, ((bits >> 28) & 1) == 1);
    }

    private static void WriteChunk(MemoryStream output, ReadOnlySpan<byte> type, byte[] data)
    {
        output.Write(type);
        output.Write(LittleEndian((uint)data.Length));
        output.Write(data);
        if (data.Length % 2 == 1)
        {
            output.WriteByte(0);
        }
    }

    private static byte[] LittleEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static void WriteUInt24(Span<byte> to, int value)
    {
        to[0] = (byte)value;
        to[1] = (byte)(value >> 8);
        to[2] = (byte)(value >> 16);
    }
}
