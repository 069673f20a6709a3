using System.Net;
using System.Net.Http.Headers;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Images;

namespace NeverSorry.Tests.Integration.Images;

/// <summary>
/// How a picture or the ZIP is sent: downloads (the ZIP, full-size originals) have a limit of their own (lowered
/// here to two at once, none waiting), past which a download is refused at once while pages and their pictures
/// are still served; each download holds one
/// open file; and a range is sent only when <c>If-Range</c> names the current file (RFC 9110 §13.1.5).
/// </summary>
public sealed class PictureDownloads(PictureDownloads.TwoAtOnce site) : IClassFixture<PictureDownloads.TwoAtOnce>
{
    /// <summary>The picture site with <c>Downloads:Concurrency</c> 2 and <c>Downloads:Queue</c> 0, its pictures made.</summary>
    public sealed class TwoAtOnce : IAsyncLifetime
    {
        public PictureSite Pictures { get; } = PictureSite.With(new Dictionary<string, string>
        {
            ["Downloads:Concurrency"] = "2",
            ["Downloads:Queue"] = "0",
        });

        public HttpClient Client { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Client = await Pictures.SettledClientAsync();

        public ValueTask DisposeAsync() => Pictures.DisposeAsync();
    }

    [Fact]
    public async Task ADownloadPastTheLimitIsRefusedAtOnceWhilePagesAreServed()
    {
        using (var first = await StartDownloadAsync())
        using (var second = await StartDownloadAsync())
        {
            using var third = await site.Client.GetAsync(PictureUrls.StillsZip, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, third.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(60), third.Headers.RetryAfter?.Delta);
            Assert.True(third.Headers.ConnectionClose, "A refused download kept its connection.");
            using var page = await site.Client.GetAsync(Pages.Home, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            using var pagePicture = await site.Client.GetAsync(PagePictureUrl(), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, pagePicture.StatusCode);
            using var original = await site.Client.GetAsync(OriginalUrl(), HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, original.StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, await StatusOnceTheDownloadsEndAsync());
    }

    [Fact]
    public async Task EachDownloadHoldsOneOpenFile()
    {
        // Another test's downloads may take a moment to let go of their files.
        Assert.Equal(0, await Eventually.AnswerAsync(() => Task.FromResult(OpenFilesIn(site.Pictures.CachePath)), open => open == 0));
        using (var first = await StartDownloadAsync())
        using (var second = await StartDownloadAsync())
        {
            Assert.Equal(2, OpenFilesIn(site.Pictures.CachePath));
        }
        Assert.Equal(HttpStatusCode.OK, await StatusOnceTheDownloadsEndAsync());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.PartialContent)]
    [InlineData("current", HttpStatusCode.PartialContent)]
    [InlineData("garbage", HttpStatusCode.OK)]
    [InlineData("W/current", HttpStatusCode.OK)]
    [InlineData("\"0123456789\"", HttpStatusCode.OK)]
    [InlineData("Sat, 01 Jan 2000 00:00:00 GMT", HttpStatusCode.OK)]
    public async Task ARangeIsSentOnlyWhenIfRangeNamesTheCurrentFile(string? ifRange, HttpStatusCode expected)
    {
        var original = OriginalUrl();
        using var whole = await site.Client.GetAsync(original, TestContext.Current.CancellationToken);
        var tag = whole.Headers.ETag!.Tag;
        using var request = new HttpRequestMessage(HttpMethod.Get, original);
        request.Headers.Range = new RangeHeaderValue(0, 9);
        if (ifRange is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Range", ifRange.Replace("current", tag, StringComparison.Ordinal));
        }

        using var response = await site.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        var length = expected == HttpStatusCode.OK ? whole.Content.Headers.ContentLength : 10;
        Assert.Equal(length, (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length);
    }

    private string OriginalUrl()
    {
        var pictures = PictureSite.PicturesOf(site.Pictures.Site);
        return pictures.Original(pictures.Sources[0])!.Url;
    }

    /// <summary>The smallest JPEG made for the pages of the first picture: what a page shows, not a download.</summary>
    private string PagePictureUrl()
    {
        var pictures = PictureSite.PicturesOf(site.Pictures.Site);
        return pictures.Sizes(pictures.Sources[0], PictureKind.Jpeg)[0].Url;
    }

    /// <summary>A download of the ZIP whose headers have come and whose body is left unread, as a slow client leaves it.</summary>
    private async Task<HttpResponseMessage> StartDownloadAsync()
    {
        var response = await site.Client.GetAsync(PictureUrls.StillsZip, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>A whole download's status once the downloads a test started have let go of their slots.</summary>
    private async Task<HttpStatusCode> StatusOnceTheDownloadsEndAsync() => await Eventually.AnswerAsync(
        async () =>
        {
            using var response = await site.Client.GetAsync(PictureUrls.StillsZip, TestContext.Current.CancellationToken);
            return response.StatusCode;
        },
        status => status == HttpStatusCode.OK);

    /// <summary>The files of this process open in <paramref name="folder"/>, as the kernel lists them.</summary>
    private static int OpenFilesIn(string folder) =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Count(fd => SafeTarget(fd)?.StartsWith(folder + "/", StringComparison.Ordinal) == true);

    private static string? SafeTarget(FileSystemInfo fd)
    {
        try
        {
            return fd.LinkTarget;
        }
        catch (IOException)
        {
            // Closed since it was listed.
            return null;
        }
    }
}
