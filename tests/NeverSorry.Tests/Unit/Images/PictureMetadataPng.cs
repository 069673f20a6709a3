using System.Text;
using MetadataExtractor.Formats.Iptc;
using NeverSorry.Content.Pictures;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Images.Metadata;
using static NeverSorry.Tests.Unit.Images.PictureMetadataReader;

namespace NeverSorry.Tests.Unit.Images;

/// <summary>
/// A PNG for download carries its words as XMP (an iTXt chunk before the image data, with a CRC that holds),
/// its IDAT chunks byte for byte as they were. PNG has no IIM readers agree on: none is written.
/// </summary>
public sealed class PictureMetadataPng
{
    private static readonly PictureWords s_words = PictureMetadataJpeg.Words;

    public static TheoryData<string> Kinds => ["plain", "interlaced", "with XMP already"];

    private static byte[] Png(string kind) => kind switch
    {
        "plain" => TestPictures.Png(320, 200),
        "interlaced" => TestPictures.InterlacedPng(320, 200),
        _ => PictureMetadata.Write(TestPictures.Png(320, 200), ImageFormat.Png, s_words with { Caption = "An older caption." }),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void TheWordsAreReadBackAsXmpOnly(string kind)
    {
        var written = PictureMetadata.Write(Png(kind), ImageFormat.Png, s_words);

        Assert.Equal(new Xmp(s_words.Caption, s_words.Credit, s_words.Copyright, s_words.Title, s_words.Title, s_words.Usage, s_words.Usage, s_words.Alt), XmpOf(written));
        Assert.Empty(Directories(written).OfType<IptcDirectory>());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void TheImageDataIsByteForByteAsItWasAndEveryCrcHolds(string kind)
    {
        var png = Png(kind);

        var written = PictureMetadata.Write(png, ImageFormat.Png, s_words);

        var chunks = PngChunks(written);
        Assert.All(chunks, c => Assert.True(c.CrcHolds, $"The {c.Type} chunk's CRC does not hold."));
        Assert.Equal(PngChunks(png).Where(c => c.Type == "IDAT").Select(c => c.Data), chunks.Where(c => c.Type == "IDAT").Select(c => c.Data));
        Assert.Equal(Decoded(png), Decoded(written));
        var types = chunks.Select(c => c.Type).ToList();
        Assert.Single(chunks, c => c.Type == "iTXt" && Encoding.Latin1.GetString(c.Data).StartsWith("XML:com.adobe.xmp\0", StringComparison.Ordinal));
        Assert.Equal(types.IndexOf("IDAT") - 1, types.LastIndexOf("iTXt"));
        Assert.Equal(("IHDR", "IEND"), (types[0], types[^1]));
    }

    [Fact]
    public void AChunkPastTheEndOrAFileCutShortIsReturnedUnchanged()
    {
        var png = TestPictures.Png(64, 48);
        var overlong = png.ToArray();
        // The IHDR's length, at 8, says far more than there is.
        overlong[8] = 0x7F;

        Assert.Same(overlong, PictureMetadata.Write(overlong, ImageFormat.Png, s_words));
        for (var end = 0; end < png.Length; end += 7)
        {
            var cut = png[..end];
            Assert.Same(cut, PictureMetadata.Write(cut, ImageFormat.Png, s_words));
        }
    }

    [Fact]
    public void ASixteenBitPngDecodesToTheSamePixels()
    {
        var png = TestPictures.InterlacedPng16(64, 48);

        var written = PictureMetadata.Write(png, ImageFormat.Png, s_words);

        Assert.Equal(Decoded(png), Decoded(written));
        Assert.Equal(s_words.Caption, XmpOf(written)!.Description);
    }
}
