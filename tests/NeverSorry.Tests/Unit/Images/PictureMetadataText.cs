using System.Text;
using NeverSorry.Content.Pictures;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Images.Metadata;
using static NeverSorry.Tests.Unit.Images.PictureMetadataReader;

namespace NeverSorry.Tests.Unit.Images;

/// <summary>
/// The words as the metadata holds them: IIM fields cut to IIM's sizes after a whole UTF-8 character (the XMP
/// keeps the whole text), declared UTF-8, XML's special characters escaped, characters XML forbids dropped.
/// </summary>
public sealed class PictureMetadataText
{
    [Fact]
    public void IimFieldsAreCutToTheirSizesAfterAWholeCharacterAndXmpKeepsTheWholeText()
    {
        // 33 bytes: one more than IIM's credit holds (the seed's credit is this long).
        var credit = "Photo Courtesy of Never Sorry LLC";
        var caption = string.Join(" ", Enumerable.Repeat("艾未未", 400));
        var copyright = new string('é', 100);
        var words = PictureMetadataJpeg.Words with { Credit = credit, Caption = caption, Copyright = copyright };

        var written = PictureMetadata.Write(PictureMetadataJpeg.Jpeg("without metadata"), ImageFormat.Jpeg, words);

        var iim = IimOf(written)!;
        Assert.Equal("Photo Courtesy of Never Sorry…", iim.Credit);
        Assert.InRange(Encoding.UTF8.GetByteCount(iim.Caption!), 1990, 2000);
        Assert.StartsWith("艾未未 艾未未", iim.Caption, StringComparison.Ordinal);
        Assert.EndsWith("…", iim.Caption, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(iim.Copyright!), 120, 128);
        Assert.DoesNotContain('\uFFFD', iim.Caption + iim.Copyright);
        Assert.Equal((caption, credit, copyright), (XmpOf(written)!.Description, XmpOf(written)!.Credit, XmpOf(written)!.Rights));
    }

    [Fact]
    public void TheIimSaysItIsUtf8()
    {
        var iim = IimRecords.Of(PictureMetadataJpeg.Words);

        // Record 1, dataset 90, three bytes: ESC % G.
        Assert.True(iim.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x1C, 1, 90, 0, 3, 0x1B, 0x25, 0x47]) >= 0);
    }

    [Theory]
    [InlineData("Café, l’artiste — 艾未未")]
    [InlineData("<b>bold</b> & \"quoted\" 'single' ]]> <!-- -->")]
    public void TextComesBackExactlyAsWritten(string text)
    {
        var words = new PictureWords(text, text, text, text, text, text);

        foreach (var (format, picture) in (IEnumerable<(ImageFormat, byte[])>)[(ImageFormat.Jpeg, TestPictures.Jpeg(64, 48)), (ImageFormat.Png, TestPictures.Png(64, 48)), (ImageFormat.WebP, TestPictures.WebP(64, 48))])
        {
            var written = PictureMetadata.Write(picture, format, words);
            Assert.Equal(new Xmp(text, text, text, text, text, text, text, text), XmpOf(written));
        }
    }

    [Fact]
    public void StaffsEmptyFieldsAreLeftOutAndForbiddenCharactersDropped()
    {
        var source = new SourcePicture("still-1", SourcePicture.StillLabel, "images/still-1.jpg", "/nowhere", ImageFormat.Jpeg, 10, 10, 1, new string('0', 64),
            Alt: "An alt\u0001 text", Caption: "  ", Credit: "A credit\uD800", Usage: null)
        { Copyright = "" };

        var words = PictureWords.Of(" Ai Weiwei: Never Sorry ", source);

        Assert.Equal(new PictureWords("Ai Weiwei: Never Sorry", null, "A credit", null, null, "An alt text"), words);
    }

    [Theory]
    [InlineData("abc", 4, "abc")]
    [InlineData("abcdefgh", 6, "abc…")]
    [InlineData("ab 艾未未", 9, "ab 艾…")]
    [InlineData("ab 艾未未", 8, "ab…")]
    public void FitCutsAfterAWholeCharacter(string text, int maxBytes, string expected)
    {
        var fitted = Utf8Text.Fit(text, maxBytes);

        Assert.Equal(expected, Encoding.UTF8.GetString(fitted));
        Assert.True(fitted.Length <= maxBytes);
    }
}
