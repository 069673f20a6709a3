using System.Net;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Images;

/// <summary>
/// The picture cache heals: a file lost under the running site is made again, a file that could not be made is
/// made once the cause is fixed, and /healthz names the pictures that cannot be made meanwhile.
/// </summary>
public sealed class PictureCacheHeals : IAsyncDisposable
{
    private readonly PictureSite _pictures = new();

    public ValueTask DisposeAsync() => _pictures.DisposeAsync();

    [Fact]
    public async Task ADeletedCacheFolderIsMadeAgainOnceAPictureIsAskedFor()
    {
        var client = await _pictures.SettledClientAsync();
        var src = (await client.GetDocumentAsync(Pages.Home)).QuerySelector("main picture img")!.GetAttribute("src")!;

        Directory.Delete(_pictures.CachePath, recursive: true);

        // Meanwhile the answer for a file not made yet; then the same address (named by its content) answers again.
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(client, src));
        Assert.Equal(HttpStatusCode.OK, await Eventually.AnswerAsync(() => StatusOfAsync(client, src), s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.OK, await Eventually.AnswerAsync(() => StatusOfAsync(client, "/pictures/stills.zip"), s => s == HttpStatusCode.OK));
        Assert.Equal(src, (await client.GetDocumentAsync(Pages.Home)).QuerySelector("main picture img")!.GetAttribute("src"));
    }

    [Fact]
    public async Task ACacheFileReplacedByAPipeIsNeitherSentNorWaitedOnButMadeAgain()
    {
        var client = await _pictures.SettledClientAsync();
        var src = (await client.GetDocumentAsync(Pages.Home)).QuerySelector("main picture img")!.GetAttribute("src")!;
        var file = Path.Combine(_pictures.CachePath, src[(src.LastIndexOf('/') + 1)..]);

        // A pipe stands where the file was: sending it would wait for a writer that never comes.
        File.Delete(file);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [file]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, mkfifo.ExitCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(client, src));
        Assert.Equal(HttpStatusCode.OK, await Eventually.AnswerAsync(() => StatusOfAsync(client, src), s => s == HttpStatusCode.OK));
        Assert.True(new FileInfo(file).Length > 0, "The picture was not made again in the pipe's place.");
    }

    [Fact]
    public async Task APictureThatCouldNotBeMadeIsNamedOnHealthzAndMadeAfterTheFixAndAReload()
    {
        var client = await _pictures.SettledClientAsync();
        var before = (await client.GetDocumentAsync(Pages.Home)).QuerySelector("main picture img")!.GetAttribute("src")!;
        // The cache cannot be written: a file stands where its folder should be (permissions do not stop root).
        Directory.Delete(_pictures.CachePath, recursive: true);
        File.WriteAllText(_pictures.CachePath, "in the way");

        File.WriteAllBytes(Path.Combine(_pictures.ContentPath, "images", "still-1.jpg"), TestPictures.Jpeg(3000, 2000));

        var broken = await Eventually.AnswerAsync(client.GetHealthAsync, h => h.Text.Contains("images/still-1.jpg could not be made", StringComparison.Ordinal));
        Assert.Equal("Degraded", broken.Status);
        Assert.Contains("The sizes of images/still-1.jpg could not be made: the site could not write to its picture cache folder", broken.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_pictures.CachePath, broken.Text, StringComparison.Ordinal);

        // Fixed, then the content reloaded unchanged (a save of film.json as it is): the failed files are made.
        File.Delete(_pictures.CachePath);
        var film = Path.Combine(_pictures.ContentPath, "film.json");
        File.WriteAllText(film, File.ReadAllText(film));

        var healed = await Eventually.AnswerAsync(client.GetHealthAsync, h => h.Status == "Healthy");
        Assert.Equal("Healthy", healed.Status);
        var src = await Eventually.AnswerAsync(
            async () => (await client.GetDocumentAsync(Pages.Home)).QuerySelector("main picture img")?.GetAttribute("src"),
            s => s is not null && s != before);
        Assert.NotEqual(before, src);
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, src!));
    }

    private static async Task<HttpStatusCode> StatusOfAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
