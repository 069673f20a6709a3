using System.Buffers.Binary;

namespace NeverSorry.Web.Images.Metadata;

/// <summary>
/// Writes the words into a JPEG as an APP1 XMP segment and an APP13 Photoshop segment holding the IIM, right after
/// its JFIF and Exif headers. Only the segments before the first scan are read and rewritten; the scans (from
/// SOS to EOI), the tables and the rest of the file's headers are copied byte for byte.
/// </summary>
internal static class JpegMetadata
{
    /// <summary>A segment's length field counts itself: 65,535 less its two bytes.</summary>
    public const int MaxPayload = ushort.MaxValue - 2;

    private const byte App0 = 0xE0, App1 = 0xE1, App13 = 0xED, StartOfScan = 0xDA, EndOfImage = 0xD9;

    private static readonly byte[] s_xmpName = "http://ns.adobe.com/xap/1.0/\0"u8.ToArray();
    private static readonly byte[] s_extendedXmpName = "http://ns.adobe.com/xmp/extension/\0"u8.ToArray();
    private static readonly byte[] s_exifName = "Exif\0"u8.ToArray();

    /// <summary>The JPEG with the words, or null when its headers are cut short or it has no scan.</summary>
    public static byte[]? Write(byte[] jpeg, byte[] xmp, byte[] iim)
    {
        var segments = Segments(jpeg, out var scan);
        if (segments is null)
        {
            return null;
        }
        var photoshop = PhotoshopResources.Read(segments.Where(IsPhotoshop).Select(s => Payload(jpeg, s)));
        if (photoshop is null)
        {
            return null;
        }
        byte[] xmpPayload = [.. s_xmpName, .. xmp];
        var photoshopPayload = PhotoshopResources.With(photoshop, iim);
        if (xmpPayload.Length > MaxPayload || photoshopPayload.Length > MaxPayload)
        {
            // Only with large resources already there (a Photoshop thumbnail or path near 64 KB): left as it was.
            return null;
        }
        var kept = segments.Where(s => !IsXmp(s) && !IsPhotoshop(s)).ToList();
        // After SOI and the leading JFIF and Exif headers, which readers expect first.
        var leading = kept.TakeWhile(s => s.Marker == App0 || (s.Marker == App1 && Starts(jpeg, s, s_exifName))).Count();

        var output = new MemoryStream(jpeg.Length + xmp.Length + iim.Length + 256);
        output.Write(jpeg.AsSpan(0, 2));
        foreach (var segment in kept.Take(leading))
        {
            output.Write(jpeg.AsSpan(segment.Start, segment.Length));
        }
        WriteSegment(output, App1, xmpPayload);
        WriteSegment(output, App13, photoshopPayload);
        foreach (var segment in kept.Skip(leading))
        {
            output.Write(jpeg.AsSpan(segment.Start, segment.Length));
        }
        output.Write(jpeg.AsSpan(scan));
        return output.ToArray();

        bool IsXmp(Segment s) => s.Marker == App1 && (Starts(jpeg, s, s_xmpName) || Starts(jpeg, s, s_extendedXmpName));
        bool IsPhotoshop(Segment s) => s.Marker == App13 && Starts(jpeg, s, PhotoshopResources.Signature);
    }

    /// <summary>A marker segment before the first scan: its marker byte, where it starts (at 0xFF) and its length with the marker.</summary>
    private readonly record struct Segment(byte Marker, int Start, int Length);

    /// <summary>The segments between SOI and the first SOS, or null when the headers are cut short or there is no scan.</summary>
    private static List<Segment>? Segments(byte[] jpeg, out int scan)
    {
        scan = 0;
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return null;
        }
        var segments = new List<Segment>();
        var at = 2;
        while (at + 1 < jpeg.Length)
        {
            if (jpeg[at] != 0xFF)
            {
                return null;
            }
            var marker = jpeg[at + 1];
            if (marker == 0xFF)
            {
                // A fill byte before a marker.
                at++;
                continue;
            }
            if (marker == StartOfScan)
            {
                scan = at;
                return segments;
            }
            if (marker == EndOfImage || at + 4 > jpeg.Length)
            {
                return null;
            }
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                // Markers that stand alone, without a length.
                segments.Add(new Segment(marker, at, 2));
                at += 2;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            if (length < 2 || at + 2 + length > jpeg.Length)
            {
                return null;
            }
            segments.Add(new Segment(marker, at, 2 + length));
            at += 2 + length;
        }
        return null;
    }

    private static byte[] Payload(byte[] jpeg, Segment segment) => jpeg[(segment.Start + 4)..(segment.Start + segment.Length)];

    private static bool Starts(byte[] jpeg, Segment segment, byte[] name) =>
        segment.Length - 4 >= name.Length && jpeg.AsSpan(segment.Start + 4, name.Length).SequenceEqual(name);

    private static void WriteSegment(MemoryStream output, byte marker, byte[] payload)
    {
        output.Write([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
        output.Write(payload);
    }
}
