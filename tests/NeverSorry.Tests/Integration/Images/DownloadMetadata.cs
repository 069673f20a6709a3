using System.IO.Compression;
using NeverSorry.Content.Reading;
using NeverSorry.Tests.Infrastructure;
using static NeverSorry.Tests.Unit.Images.PictureMetadataReader;

namespace NeverSorry.Tests.Integration.Images;

/// <summary>
/// What a picture editor gets from /press: the full-size download and the same picture in the ZIP carry the
/// caption, credit, terms and the film's title in their metadata, read back by MetadataExtractor, with the
/// pixels' compressed data exactly as staff supplied it; a field staff left empty is not there.
/// </summary>
public sealed class DownloadMetadata(PictureSite pictures) : IClassFixture<PictureSite>
{
    private const string Title = "Ai Weiwei: Never Sorry";
    private const string Credit = "Photo Courtesy of Never Sorry LLC";

    [Fact]
    public async Task TheFullSizeDownloadCarriesItsCaptionAndCredit()
    {
        var client = await pictures.SettledClientAsync();
        var page = await client.GetDocumentAsync(Pages.Press);
        var link = page.QuerySelector("a[download='ai-weiwei-never-sorry-still-01.jpg']")!;

        var original = await client.GetByteArrayAsync(link.GetAttribute("href"), TestContext.Current.CancellationToken);

        var caption = SmartQuotes.Apply(PictureContent.StillCaption);
        Assert.Equal(new Xmp(caption, Credit, null, Title, Title, "Editorial use only", "Editorial use only", "A generated test picture: a light disc on a colour field."), XmpOf(original));
        // IIM holds 32 bytes of credit: the seed's is 33, so IIM readers get it cut, XMP readers whole.
        Assert.Equal(new Iim(caption, "Photo Courtesy of Never Sorry…", null, Title, Title, "Editorial use only"), IimOf(original));
        var source = File.ReadAllBytes(Path.Combine(pictures.ContentPath, "images", "still-1.jpg"));
        Assert.Equal(JpegParts(source).Scans, JpegParts(original).Scans);
    }

    [Fact]
    public async Task TheZipHoldsTheSameFilesWithTheirWords()
    {
        var client = await pictures.SettledClientAsync();
        var page = await client.GetDocumentAsync(Pages.Press);
        var download = page.QuerySelector("a[download='ai-weiwei-never-sorry-still-01.jpg']")!.GetAttribute("href");
        var original = await client.GetByteArrayAsync(download, TestContext.Current.CancellationToken);

        using var zip = new ZipArchive(new MemoryStream(await client.GetByteArrayAsync("/pictures/stills.zip", TestContext.Current.CancellationToken)));

        Assert.Equal(original, Entry(zip, "ai-weiwei-never-sorry-still-01.jpg"));
        var png = Entry(zip, "ai-weiwei-never-sorry-still-02.png");
        Assert.Equal(("A second generated test still.", "Generated in code by the tests", Title), (XmpOf(png)!.Description, XmpOf(png)!.Credit, XmpOf(png)!.Title));
        var source = File.ReadAllBytes(Path.Combine(pictures.ContentPath, "images", "still-2.png"));
        Assert.Equal(PngChunks(source).Where(c => c.Type == "IDAT").Select(c => c.Data), PngChunks(png).Where(c => c.Type == "IDAT").Select(c => c.Data));
        Assert.NotNull(zip.GetEntry("captions.txt"));
    }

    [Fact]
    public async Task APictureWithoutCaptionOrCreditCarriesOnlyWhatStaffWrote()
    {
        var client = await pictures.SettledClientAsync();
        using var zip = new ZipArchive(new MemoryStream(await client.GetByteArrayAsync("/pictures/stills.zip", TestContext.Current.CancellationToken)));

        var poster = Entry(zip, "ai-weiwei-never-sorry-poster.jpg");

        Assert.Equal(new Xmp(null, null, null, Title, Title, null, null, "A generated test poster."), XmpOf(poster));
        Assert.Equal(new Iim(null, null, null, Title, Title, null), IimOf(poster));
    }

    private static byte[] Entry(ZipArchive zip, string name)
    {
        using var bytes = new MemoryStream();
        using (var entry = zip.GetEntry(name)!.Open())
        {
            entry.CopyTo(bytes);
        }
        return bytes.ToArray();
    }
}
