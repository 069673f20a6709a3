using System.Buffers.Binary;
using System.Security.Cryptography;

namespace NeverSorry.Web.Images.Metadata;

/// <summary>
/// The Photoshop image resources ("8BIM" blocks) a JPEG's APP13 segment holds: where IPTC IIM lives in a JPEG.
/// The site's IIM replaces any there, with the digest that tells Adobe's readers the IIM and XMP agree;
/// any other resource (a clipping path, print settings) is kept.
/// </summary>
internal static class PhotoshopResources
{
    public static readonly byte[] Signature = "Photoshop 3.0\0"u8.ToArray();

    private const ushort Iim = 0x0404;
    private const ushort IimDigest = 0x0425;

    /// <summary>The resources in <paramref name="payloads"/> (APP13 payloads after <see cref="Signature"/>), or null when one is cut short.</summary>
    public static List<(ushort Id, byte[] Block)>? Read(IEnumerable<byte[]> payloads)
    {
        var resources = new List<(ushort, byte[])>();
        foreach (var payload in payloads)
        {
            var at = Signature.Length;
            while (at < payload.Length)
            {
                // "8BIM", id, a Pascal name padded to even length, a four-byte size, the data padded to even length.
                if (at + 7 > payload.Length || !payload.AsSpan(at, 4).SequenceEqual("8BIM"u8))
                {
                    return null;
                }
                var id = BinaryPrimitives.ReadUInt16BigEndian(payload.AsSpan(at + 4));
                var nameLength = payload[at + 6] + 1;
                var sizeAt = at + 6 + nameLength + (nameLength % 2);
                if (sizeAt + 4 > payload.Length)
                {
                    return null;
                }
                var size = BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(sizeAt));
                var end = (long)sizeAt + 4 + size + (size % 2);
                if (end > payload.Length + (size % 2))
                {
                    return null;
                }
                // The last block may lack its pad byte; the block is put back padded, so what follows it stays aligned.
                var block = payload[at..(int)Math.Min(end, payload.Length)];
                resources.Add((id, block.Length % 2 == 0 ? block : [.. block, 0]));
                at = (int)end;
            }
        }
        return resources;
    }

    /// <summary>The APP13 payload: the resources kept, then the site's IIM and its digest.</summary>
    public static byte[] With(IEnumerable<(ushort Id, byte[] Block)> kept, byte[] iim)
    {
        var payload = new MemoryStream();
        payload.Write(Signature);
        foreach (var (_, block) in kept.Where(r => r.Id is not Iim and not IimDigest))
        {
            payload.Write(block);
        }
        Write(payload, Iim, iim);
        // MD5 because that is what the Metadata Working Group's digest is; it checks agreement, it guards nothing.
#pragma warning disable CA5351
        Write(payload, IimDigest, MD5.HashData(iim));
#pragma warning restore CA5351
        return payload.ToArray();
    }

    private static void Write(MemoryStream payload, ushort id, byte[] data)
    {
        Span<byte> head = stackalloc byte[12];
        "8BIM"u8.CopyTo(head);
        BinaryPrimitives.WriteUInt16BigEndian(head[4..], id);
        // An empty name: its length byte and a pad byte.
        head[6] = head[7] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(head[8..], (uint)data.Length);
        payload.Write(head);
        payload.Write(data);
        if (data.Length % 2 == 1)
        {
            payload.WriteByte(0);
        }
    }
}
