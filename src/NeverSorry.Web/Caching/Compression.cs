using System.IO.Compression;

namespace NeverSorry.Web.Caching;

/// <summary>
/// gzip and Brotli at their highest levels: what is compressed here (a cached page, an exported file) is
/// compressed once and sent many times, so the slow, small result is the right trade.
/// </summary>
internal static class Compression
{
    public static byte[] Gzip(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(body);
        }
        return output.ToArray();
    }

    public static byte[] Brotli(byte[] body)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        return BrotliEncoder.TryCompress(body, buffer, out var written, quality: 11, window: 22)
            ? buffer[..written]
            : throw new InvalidOperationException("Brotli could not compress the body.");
    }
}
