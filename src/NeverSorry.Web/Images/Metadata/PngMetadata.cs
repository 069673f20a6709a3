using System.Buffers.Binary;

namespace NeverSorry.Web.Images.Metadata;

/// <summary>
/// Writes the XMP packet into a PNG as the uncompressed iTXt chunk "XML:com.adobe.xmp", just before the first
/// IDAT, replacing any such chunk there was; every other chunk, the image data included, is copied byte for byte.
/// PNG has no place for IPTC IIM that readers agree on: a PNG carries the XMP only.
/// </summary>
internal static class PngMetadata
{
    private static readonly byte[] s_signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] s_xmpKeyword = "XML:com.adobe.xmp\0"u8.ToArray();

    /// <summary>The PNG with the XMP, or null when a chunk runs past the end or the IHDR, IDAT or IEND is missing.</summary>
    public static byte[]? Write(byte[] png, byte[] xmp)
    {
        var chunks = Chunks(png);
        if (chunks is null || chunks[0].Type != "IHDR" || chunks[^1].Type != "IEND" || !chunks.Any(c => c.Type == "IDAT"))
        {
            return null;
        }
        var output = new MemoryStream(png.Length + xmp.Length + 64);
        output.Write(s_signature);
        var written = false;
        foreach (var chunk in chunks.Where(c => !IsXmp(png, c)))
        {
            if (chunk.Type == "IDAT" && !written)
            {
                // Keyword, no compression (flag and method 0), no language tag, no translated keyword, the text.
                WriteChunk(output, "iTXt"u8, [.. s_xmpKeyword, 0, 0, 0, 0, .. xmp]);
                written = true;
            }
            output.Write(png.AsSpan(chunk.Start, chunk.Length));
        }
        return output.ToArray();
    }

    /// <summary>A chunk: its type and where it starts (at its length field) and its length with length, type and CRC.</summary>
    private readonly record struct Chunk(string Type, int Start, int Length);

    /// <summary>The chunks up to IEND, or null when the signature is wrong or a chunk runs past the end.</summary>
    private static List<Chunk>? Chunks(byte[] png)
    {
        if (!png.AsSpan().StartsWith(s_signature))
        {
            return null;
        }
        var chunks = new List<Chunk>();
        var at = s_signature.Length;
        while (at + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (length > int.MaxValue || at + 12L + length > png.Length)
            {
                return null;
            }
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            chunks.Add(new Chunk(type, at, 12 + (int)length));
            at += 12 + (int)length;
            if (type == "IEND")
            {
                return chunks;
            }
        }
        return null;
    }

    private static bool IsXmp(byte[] png, Chunk chunk) =>
        chunk.Type == "iTXt" && chunk.Length - 12 >= s_xmpKeyword.Length && png.AsSpan(chunk.Start + 8, s_xmpKeyword.Length).SequenceEqual(s_xmpKeyword);

    private static void WriteChunk(MemoryStream output, ReadOnlySpan<byte> type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, (uint)data.Length);
        output.Write(number);
        output.Write(type);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, PngCrc.Of(type, data));
        output.Write(number);
    }
}
