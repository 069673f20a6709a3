using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Content;

namespace NeverSorry.Tests.Integration.App;

/// <summary>
/// The built app serving over HTTP where file system events do not arrive (network shares, containers):
/// with DOTNET_USE_POLLING_FILE_WATCHER it polls the folder instead, and still follows an edit.
/// </summary>
public class PublishedAppLiveReload
{
    // The polling watcher looks every four seconds; starting the process takes a second or two more.
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task FollowsAnEditWithThePollingFileWatcher()
    {
        using var content = TempContentFolder.CopyOfReal();
        var address = new Uri($"http://127.0.0.1:{SiteProcess.FreePort()}");
        using var site = SiteProcess.Start(
            [$"--Content:Path={content.Path}", "--urls", address.ToString()],
            new Dictionary<string, string> { ["DOTNET_USE_POLLING_FILE_WATCHER"] = "true" });
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

        await site.WaitUntilHealthyAsync(client, s_patience);

        content.With(ContentFiles.Film, ContentText.Film(title: "Never Sorry (polled)"));

        var heading = await Eventually.AnswerAsync(
            async () => (await client.GetDocumentAsync(Pages.Home)).QuerySelector("h1")!.ReadableText(),
            h => h.StartsWith("Never Sorry (polled)", StringComparison.Ordinal),
            s_patience);
        Assert.StartsWith("Never Sorry (polled)", heading, StringComparison.Ordinal);
    }
}
