using System.IO.Compression;
using System.Net;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Caching;
using NeverSorry.Web.Images;

namespace NeverSorry.Tests.Integration.PressNotes;

/// <summary>The press notes as press get them: at their stable address, saved under the film's name, and inside the ZIP of all pictures.</summary>
public sealed class PressNotesServed(PressKitSite site) : IClassFixture<PressKitSite>
{
    [Fact]
    public async Task AreSentAsAPdfAttachmentNamedForTheFilm()
    {
        var client = await PressKitSite.SettledClientAsync(site.Site);

        using var response = await client.GetAsync(PictureUrls.PressNotes, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("ai-weiwei-never-sorry-press-notes.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(CachePolicy.Page, response.Headers.CacheControl?.ToString());
        var pdf = NotesPdf.Read(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.All(PictureSite.PicturesOf(site.Site).Sources, s => Assert.True(pdf.Says(s.Caption ?? s.Label) && pdf.Says(s.Credit ?? s.Label), $"Missing {s.Caption}"));
        Assert.True(pdf.Says(PressKitContent.ContactEmail) && pdf.Says(PressKitContent.Quote));
        Assert.Equal(3, pdf.Images.Count);
    }

    [Fact]
    public async Task AreInsideTheZipBesideTheCaptions()
    {
        var client = await PressKitSite.SettledClientAsync(site.Site);
        var notes = await client.GetByteArrayAsync(PictureUrls.PressNotes, TestContext.Current.CancellationToken);

        using var zip = new ZipArchive(new MemoryStream(await client.GetByteArrayAsync(PictureUrls.StillsZip, TestContext.Current.CancellationToken)), ZipArchiveMode.Read);

        using var entry = new MemoryStream();
        await using (var stream = await zip.GetEntry("ai-weiwei-never-sorry-press-notes.pdf")!.OpenAsync(TestContext.Current.CancellationToken))
        {
            await stream.CopyToAsync(entry, TestContext.Current.CancellationToken);
        }
        Assert.Equal(notes, entry.ToArray());
        Assert.NotNull(zip.GetEntry(StillsZip.CaptionsName));
    }

    [Fact]
    public async Task ThePressPageStatesTheirSizeAndTheZipsWithThem()
    {
        var client = await PressKitSite.SettledClientAsync(site.Site);
        var notes = await client.GetByteArrayAsync(PictureUrls.PressNotes, TestContext.Current.CancellationToken);

        var downloads = PressDownloads.Of(site.Content.Load().Film, PictureSite.PicturesOf(site.Site));

        Assert.Equal(new PressDownload(PictureUrls.PressNotes, "ai-weiwei-never-sorry-press-notes.pdf", notes.Length), downloads.Notes);
        Assert.Equal(PictureSite.PicturesOf(site.Site).Sources.Sum(s => s.Length) + notes.Length, downloads.Zip?.Bytes);
    }
}
