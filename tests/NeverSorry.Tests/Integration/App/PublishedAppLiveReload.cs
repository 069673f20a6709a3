using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.App;

/// <summary>
/// The built app serving over HTTP where file system events do not arrive (network shares, containers):
/// with DOTNET_USE_POLLING_FILE_WATCHER it polls the folder instead, and still follows an edit.
/// </summary>
[Collection(ProcessTier.Name)]
public class PublishedAppLiveReload
{
    [Fact]
    public async Task FollowsAnEditWithThePollingFileWatcher()
    {
        using var content = TempContentFolder.CopyOfReal();
        var address = new Uri($"http://127.0.0.1:{SiteProcess.FreePort()}");
        using var site = SiteProcess.Start(
            [$"--Content:Path={content.Path}", "--urls", address.ToString()],
            new Dictionary<string, string> { ["DOTNET_USE_POLLING_FILE_WATCHER"] = "true" });
        using var client = new HttpClient { BaseAddress = address, Timeout = Patience.Request };

        await site.WaitUntilHealthyAsync(client, Patience.Process);

        content.With(ContentFiles.Film, ContentText.Film(title: "Never Sorry (polled)"));

        var heading = await Eventually.AnswerAsync(
            async () => (await client.GetDocumentAsync(Pages.Home)).QuerySelector("h1")!.ReadableText(),
            h => h.StartsWith("Never Sorry (polled)", StringComparison.Ordinal),
            Patience.Answer);
        Assert.StartsWith("Never Sorry (polled)", heading, StringComparison.Ordinal);
    }
}
