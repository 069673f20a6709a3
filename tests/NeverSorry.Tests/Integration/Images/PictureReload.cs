using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Images;

/// <summary>Pictures are content: a broken one is named on /healthz while the last good version, pictures and all, keeps serving; a fixed one shows.</summary>
public sealed class PictureReload : IAsyncDisposable
{
    private readonly PictureSite _pictures = new();

    public ValueTask DisposeAsync() => _pictures.DisposeAsync();

    [Fact]
    public async Task ADamagedStillIsNamedOnHealthzAndTheLastGoodPicturesKeepServing()
    {
        var client = await _pictures.SettledClientAsync();
        var before = (await client.GetDocumentAsync(Pages.Home)).QuerySelector("main picture img")!.GetAttribute("src");

        File.WriteAllText(Path.Combine(_pictures.ContentPath, "images", "still-1.jpg"), "not a picture any more");

        var health = await Eventually.AnswerAsync(client.GetHealthAsync, h => h.Status != "Healthy");
        Assert.Equal("Degraded", health.Status);
        Assert.Contains(health.Text.Split('\n'), line => line.Contains($"/{ContentFiles.Film}:", StringComparison.Ordinal)
            && line.Contains("'images/still-1.jpg' is not a picture", StringComparison.Ordinal));
        Assert.Equal(before, (await client.GetDocumentAsync(Pages.Home)).QuerySelector("main picture img")!.GetAttribute("src"));
        using var stillServed = await client.GetAsync(before, TestContext.Current.CancellationToken);
        Assert.True(stillServed.IsSuccessStatusCode);
    }

    [Fact]
    public async Task AReplacedStillGetsNewAddressesOnceItsSizesAreMade()
    {
        var client = await _pictures.SettledClientAsync();
        var before = (await client.GetDocumentAsync(Pages.Home)).QuerySelector("main picture img")!.GetAttribute("src")!;

        File.WriteAllBytes(Path.Combine(_pictures.ContentPath, "images", "still-1.jpg"), TestPictures.Jpeg(3000, 2000));

        var src = await Eventually.AnswerAsync(
            async () => (await client.GetDocumentAsync(Pages.Home)).QuerySelector("main picture img")?.GetAttribute("src"),
            s => s is not null && s != before);
        Assert.NotEqual(before, src);
        using var response = await client.GetAsync(src, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{src} answered {(int)response.StatusCode}");
        var press = await client.GetDocumentAsync(Pages.Press);
        Assert.Contains("3,000 × 2,000 px", press.Section("Stills and poster").ReadableText(), StringComparison.Ordinal);
    }
}
