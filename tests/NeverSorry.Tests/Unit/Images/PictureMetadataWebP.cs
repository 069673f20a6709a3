using System.Buffers.Binary;
using NetVips;
using NeverSorry.Content.Pictures;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Images.Metadata;
using static NeverSorry.Tests.Unit.Images.PictureMetadataReader;

namespace NeverSorry.Tests.Unit.Images;

/// <summary>
/// A WebP for download carries its words as an "XMP " chunk at the end of the extended format: a simple lossy or
/// lossless file gets a VP8X header with the XMP flag and its canvas; its VP8 or VP8L (and ALPH) chunks stay byte for byte.
/// </summary>
public sealed class PictureMetadataWebP
{
    private const byte XmpFlag = 0x04, AlphaFlag = 0x10;
    private static readonly PictureWords s_words = PictureMetadataJpeg.Words;

    public static TheoryData<string> Kinds => ["lossy", "lossless", "lossy with alpha", "lossless with alpha"];

    private static byte[] WebP(string kind)
    {
        using var picture = Image.NewFromBuffer(TestPictures.Png(321, 201));
        // Transparency that varies, so the encoder keeps it.
        using var alpha = picture.Bandjoin(Image.Xyz(321, 201)[0].Linear([255.0 / 321], [0]).Cast(Enums.BandFormat.Uchar));
        return kind switch
        {
            "lossy" => Simple(picture.WebpsaveBuffer(q: 80)),
            "lossless" => Simple(picture.WebpsaveBuffer(lossless: true)),
            "lossy with alpha" => alpha.WebpsaveBuffer(q: 80),
            _ => Simple(alpha.WebpsaveBuffer(lossless: true)),
        };
    }

    /// <summary>
    /// The simple format (RIFF around one VP8 or VP8L chunk), as cwebp and many tools write it; libvips writes the
    /// extended one (VP8X first) whatever the picture.
    /// </summary>
    private static byte[] Simple(byte[] webp)
    {
        var image = WebPChunks(webp).Chunks.Single(c => c.Type is "VP8 " or "VP8L");
        var chunk = new byte[8 + image.Data.Length + (image.Data.Length % 2)];
        System.Text.Encoding.ASCII.GetBytes(image.Type).CopyTo(chunk, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), (uint)image.Data.Length);
        image.Data.CopyTo(chunk, 8);
        var riff = new byte[12];
        "RIFF"u8.CopyTo(riff);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(4), (uint)(4 + chunk.Length));
        "WEBP"u8.CopyTo(riff.AsSpan(8));
        return [.. riff, .. chunk];
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void TheWordsAreReadBackAsXmp(string kind)
    {
        var written = PictureMetadata.Write(WebP(kind), ImageFormat.WebP, s_words);

        Assert.Equal(new Xmp(s_words.Caption, s_words.Credit, s_words.Copyright, s_words.Title, s_words.Title, s_words.Usage, s_words.Usage, s_words.Alt), XmpOf(written));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void TheImageChunksAreByteForByteAsTheyWereUnderAnExtendedHeader(string kind)
    {
        var webp = WebP(kind);
        // What libwebp writes: a simple file (VP8, VP8L), or an extended one for lossy with alpha (its ALPH chunk).
        Assert.Equal(kind switch { "lossy" => "VP8 ", "lossy with alpha" => "VP8X", _ => "VP8L" }, WebPChunks(webp).Chunks[0].Type);

        var written = PictureMetadata.Write(webp, ImageFormat.WebP, s_words);

        var (before, _) = WebPChunks(webp);
        var (after, riffSize) = WebPChunks(written);
        Assert.Equal((uint)written.Length - 8, riffSize);
        Assert.Equal("VP8X", after[0].Type);
        Assert.Equal("XMP ", after[^1].Type);
        Assert.Equal(before.Where(IsImage), after.Where(IsImage));
        var header = after[0].Data;
        Assert.Equal(XmpFlag, header[0] & XmpFlag);
        Assert.Equal(kind.EndsWith("alpha", StringComparison.Ordinal), (header[0] & AlphaFlag) != 0);
        Assert.Equal((321, 201), (UInt24(header, 4) + 1, UInt24(header, 7) + 1));
        Assert.Equal(Decoded(webp), Decoded(written));
    }

    [Fact]
    public void WrittenAgainItHoldsOneXmpChunk()
    {
        var first = PictureMetadata.Write(WebP("lossy"), ImageFormat.WebP, s_words);

        var second = PictureMetadata.Write(first, ImageFormat.WebP, s_words with { Credit = "Another credit" });

        Assert.Single(WebPChunks(second).Chunks, c => c.Type == "XMP ");
        Assert.Single(WebPChunks(second).Chunks, c => c.Type == "VP8X");
        Assert.Equal("Another credit", XmpOf(second)!.Credit);
    }

    [Fact]
    public void AChunkPastTheEndOrAFileCutShortIsReturnedUnchanged()
    {
        var webp = WebP("lossy");
        var overlong = webp.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(overlong.AsSpan(16), (uint)webp.Length);

        Assert.Same(overlong, PictureMetadata.Write(overlong, ImageFormat.WebP, s_words));
        for (var end = 0; end < webp.Length; end += 5)
        {
            var cut = webp[..end];
            Assert.Same(cut, PictureMetadata.Write(cut, ImageFormat.WebP, s_words));
        }
        var notAKeyFrame = webp.ToArray();
        notAKeyFrame[20] |= 1;
        Assert.Same(notAKeyFrame, PictureMetadata.Write(notAKeyFrame, ImageFormat.WebP, s_words));
    }

    private static bool IsImage((string Type, byte[] Data) chunk) => chunk.Type is "VP8 " or "VP8L" or "ALPH";

    private static int UInt24(byte[] bytes, int at) => bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16);
}
