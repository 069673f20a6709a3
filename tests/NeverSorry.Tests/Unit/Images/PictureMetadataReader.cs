using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using MetadataExtractor;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using NetVips;

namespace NeverSorry.Tests.Unit.Images;

/// <summary>What a picture editor's tools read from a file's IPTC IIM and XMP (by MetadataExtractor), and the file's compressed pixel data, found by the tests' own walk of its structure.</summary>
public static class PictureMetadataReader
{
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Photoshop = "http://ns.adobe.com/photoshop/1.0/";
    private const string XmpRights = "http://ns.adobe.com/xap/1.0/rights/";
    private const string IptcCore = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";

    /// <summary>The IIM fields, null where absent.</summary>
    public sealed record Iim(string? Caption, string? Credit, string? Copyright, string? ObjectName, string? Headline, string? Instructions);

    /// <summary>The XMP properties, null where absent.</summary>
    public sealed record Xmp(string? Description, string? Credit, string? Rights, string? Title, string? Headline, string? Instructions, string? UsageTerms, string? Alt);

    public static IReadOnlyList<MetadataExtractor.Directory> Directories(byte[] picture) => ImageMetadataReader.ReadMetadata(new MemoryStream(picture));

    public static Iim? IimOf(byte[] picture)
    {
        var iptc = Directories(picture).OfType<IptcDirectory>().SingleOrDefault();
        return iptc is null ? null : new Iim(iptc.GetString(IptcDirectory.TagCaption), iptc.GetString(IptcDirectory.TagCredit), iptc.GetString(IptcDirectory.TagCopyrightNotice),
            iptc.GetString(IptcDirectory.TagObjectName), iptc.GetString(IptcDirectory.TagHeadline), iptc.GetString(IptcDirectory.TagSpecialInstructions));
    }

    public static Xmp? XmpOf(byte[] picture)
    {
        var meta = Directories(picture).OfType<XmpDirectory>().SingleOrDefault()?.XmpMeta;
        if (meta is null)
        {
            return null;
        }
        string? Alt(string ns, string name) => meta.GetLocalizedText(ns, name, null, "x-default")?.Value;
        return new Xmp(Alt(Dc, "description"), meta.GetPropertyString(Photoshop, "Credit"), Alt(Dc, "rights"), Alt(Dc, "title"),
            meta.GetPropertyString(Photoshop, "Headline"), meta.GetPropertyString(Photoshop, "Instructions"), Alt(XmpRights, "UsageTerms"), Alt(IptcCore, "AltTextAccessibility"));
    }

    /// <summary>The pixels as NetVips decodes them (their hash, so a difference prints short), with the size, bands and sample format.</summary>
    public static (int Width, int Height, int Bands, Enums.BandFormat Format, string Pixels) Decoded(byte[] picture)
    {
        using var image = Image.NewFromBuffer(picture);
        var pixels = image.Format == Enums.BandFormat.Ushort ? MemoryMarshal.AsBytes<ushort>(image.WriteToMemory<ushort>()).ToArray() : image.WriteToMemory<byte>();
        return (image.Width, image.Height, image.Bands, image.Format, Convert.ToHexString(SHA256.HashData(pixels)));
    }

    /// <summary>A JPEG's marker segments before its first scan (marker, payload after the length), and the bytes from the first SOS to the end.</summary>
    public static (List<(byte Marker, byte[] Payload)> Segments, byte[] Scans) JpegParts(byte[] jpeg)
    {
        var segments = new List<(byte, byte[])>();
        var at = 2;
        while (jpeg[at + 1] != 0xDA)
        {
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            segments.Add((jpeg[at + 1], jpeg[(at + 4)..(at + 2 + length)]));
            at += 2 + length;
        }
        return (segments, jpeg[at..]);
    }

    /// <summary>A PNG's chunks: type, data, and whether the stored CRC is the data's (computed by the ZIP writer, not the site's code).</summary>
    public static List<(string Type, byte[] Data, bool CrcHolds)> PngChunks(byte[] png)
    {
        var chunks = new List<(string, byte[], bool)>();
        for (var at = 8; at < png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            var typeAndData = png[(at + 4)..(at + 8 + length)];
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            chunks.Add((System.Text.Encoding.ASCII.GetString(typeAndData, 0, 4), typeAndData[4..], Crc32(typeAndData) == crc));
            at += 12 + length;
        }
        return chunks;
    }

    /// <summary>A WebP's chunks (FourCC and data) and its RIFF size field.</summary>
    public static (List<(string Type, byte[] Data)> Chunks, uint RiffSize) WebPChunks(byte[] webp)
    {
        var chunks = new List<(string, byte[])>();
        for (var at = 12; at < webp.Length;)
        {
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(at + 4));
            chunks.Add((System.Text.Encoding.ASCII.GetString(webp, at, 4), webp[(at + 8)..(at + 8 + size)]));
            at += 8 + size + (size % 2);
        }
        return (chunks, BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(4)));
    }

    private static uint Crc32(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = zip.CreateEntry("chunk").Open())
        {
            entry.Write(bytes);
        }
        buffer.Position = 0;
        using var read = new ZipArchive(buffer);
        return read.Entries[0].Crc32;
    }
}
