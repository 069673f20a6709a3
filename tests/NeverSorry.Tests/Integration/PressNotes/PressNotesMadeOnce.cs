using System.Net;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Images;

namespace NeverSorry.Tests.Integration.PressNotes;

/// <summary>
/// The press notes are written once per content version: a restart over the same cache writes nothing, an edited caption
/// a new PDF under a new name, and one lost from the cache is written again.
/// </summary>
public sealed class PressNotesMadeOnce : IAsyncDisposable
{
    private readonly PressKitSite _site = new();

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task ARestartWritesNothingAndANewCaptionANewPdf()
    {
        await PressKitSite.SettledClientAsync(_site.Site);
        var first = Assert.Single(_site.CachedNotes);
        var written = first.LastWriteTimeUtc;

        var restarted = _site.NewSite();
        var client = await PressKitSite.SettledClientAsync(restarted);

        Assert.Equal(first.Name, PictureSite.PicturesOf(restarted).PressNotes?.Name);
        Assert.Equal(written, Assert.Single(_site.CachedNotes).LastWriteTimeUtc);

        _site.Content.WithFilm(film => film["still"]!["caption"] = "An edited caption, made up for the tests.");
        var renamed = await Eventually.AnswerAsync(() => Task.FromResult(PictureSite.PicturesOf(restarted).PressNotes?.Name), name => name is not null && name != first.Name);

        Assert.NotEqual(first.Name, renamed);
        var pdf = NotesPdf.Read(await client.GetByteArrayAsync(PictureUrls.PressNotes, TestContext.Current.CancellationToken));
        Assert.True(pdf.Says("An edited caption, made up for the tests."));
    }

    [Fact]
    public async Task AFileLostFromTheCacheIsMadeAgain()
    {
        var client = await PressKitSite.SettledClientAsync(_site.Site);
        Assert.Single(_site.CachedNotes).Delete();

        using var lost = await client.GetAsync(PictureUrls.PressNotes, TestContext.Current.CancellationToken);
        var again = await Eventually.AnswerAsync(
            async () =>
            {
                using var response = await client.GetAsync(PictureUrls.PressNotes, TestContext.Current.CancellationToken);
                return response.StatusCode;
            },
            status => status == HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NotFound, lost.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again);
    }

    [Fact]
    public async Task ContentWithoutPicturesGetsThemToo()
    {
        await using var plain = PressKitSite.WithoutPictures();
        var client = await PressKitSite.SettledClientAsync(plain.Site);

        using var response = await client.GetAsync(PictureUrls.PressNotes, TestContext.Current.CancellationToken);
        using var zip = await client.GetAsync(PictureUrls.StillsZip, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = NotesPdf.Read(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.True(pdf.Says("Synopsis") && pdf.Says("Alison Klayman"));
        Assert.Equal(HttpStatusCode.NotFound, zip.StatusCode);
    }
}
