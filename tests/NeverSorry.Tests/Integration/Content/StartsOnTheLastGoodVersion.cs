using System.Net;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Content;

/// <summary>
/// A mistake saved in the live folder, then a restart (a deploy, a reboot, a second instance): the site starts on
/// the last good version it kept, names the problems, and tells a monitor on /healthz/content, while /healthz stays
/// 200 so no load balancer takes it out of rotation. With no good version kept, it still refuses to start.
/// </summary>
public sealed class StartsOnTheLastGoodVersion : IDisposable
{
    private readonly DirectoryInfo _cache = Directory.CreateTempSubdirectory("neversorry-last-good-");

    private Dictionary<string, string> Settings => new() { ["Pictures:CachePath"] = _cache.FullName };

    public void Dispose() => _cache.Delete(recursive: true);

    [Fact]
    public async Task ARestartOnABrokenLiveFolderServesTheLastGoodVersionUntilItIsFixed()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(title: "Never Sorry (kept)"));
        await using (var first = new SiteFactory(content.Path, settings: Settings))
        {
            _ = first.CreateClient();
            // Kept in the background after the load: wait for the list of the version's files.
            var kept = Path.Combine(_cache.FullName, "last-good");
            await Eventually.AnswerAsync(() => Task.FromResult(Directory.Exists(kept) && Directory.GetFiles(kept, "*.json").Length > 0), done => done);
        }
        content.With(ContentFiles.Film, """{ "title": "Never Sorry (broken)", """);

        await using var restarted = new SiteFactory(content.Path, settings: Settings);
        var client = restarted.CreateClient();

        Assert.StartsWith("Never Sorry (kept)", (await client.GetDocumentAsync(Pages.Home)).QuerySelector("h1")!.ReadableText(), StringComparison.Ordinal);
        var health = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        var healthText = await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.StartsWith("Degraded", healthText, StringComparison.Ordinal);
        Assert.Contains("last good version", healthText, StringComparison.Ordinal);
        var contentHealth = await client.GetAsync("/healthz/content", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, contentHealth.StatusCode);
        Assert.Contains(content.DisplayNameOf(ContentFiles.Film), await contentHealth.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        content.With(ContentFiles.Film, ContentText.Film(title: "Never Sorry (fixed)"));

        Assert.StartsWith("Never Sorry (fixed)", await Eventually.HomeHeadingAsync(client, "Never Sorry (fixed)"), StringComparison.Ordinal);
        var fixedHealth = await client.GetAsync("/healthz/content", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, fixedHealth.StatusCode);
        Assert.StartsWith("Healthy", await fixedHealth.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithNoGoodVersionKeptABrokenLiveFolderStillStopsTheStart()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, """{ "title": """);
        await using var site = new SiteFactory(content.Path, settings: Settings);

        Assert.ThrowsAny<Exception>(() => site.CreateClient());
    }

    [Fact]
    public async Task HealthzContentIsOkWhileTheContentIs()
    {
        await using var site = new SiteFactory(settings: Settings);

        var response = await site.CreateClient().GetAsync("/healthz/content", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }
}
