using System.Diagnostics;
using System.Net;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.App;

/// <summary>
/// The built app, in its own process, while staff save content that once ended it (an exception on the file
/// watcher's thread) or stalled its reloads forever (a named pipe): it keeps answering with the last good
/// content, names the problem on /healthz, and loads the next good edit.
/// </summary>
[Collection(ProcessTier.Name)]
public sealed class PublishedAppSurvivesBrokenContent : IDisposable
{
    private readonly TempContentFolder _content = TempContentFolder.CopyOfReal();
    private readonly Uri _address = new($"http://127.0.0.1:{SiteProcess.FreePort()}");
    private readonly SiteProcess _site;
    private readonly HttpClient _client;

    public PublishedAppSurvivesBrokenContent()
    {
        _site = SiteProcess.Start([$"--Content:Path={_content.Path}", "--urls", _address.ToString()]);
        _client = new HttpClient { BaseAddress = _address, Timeout = Patience.Request };
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task MarkdownNestedTooDeeplyIsAProblemNotTheEnd()
    {
        await _site.WaitUntilHealthyAsync(_client, Patience.Process);

        _content.With(ContentFiles.Synopsis, new string('>', 128) + " x\n");

        var health = await Eventually.AnswerAsync(_client.GetHealthAsync, h => h.Status != "Healthy" || _site.HasExited);
        Assert.False(_site.HasExited, $"The site ended:{Environment.NewLine}{_site.Output}");
        Assert.Equal("Degraded", health.Status);
        Assert.Contains($"{_content.DisplayNameOf(ContentFiles.Synopsis)}:1:1: ", health.Text, StringComparison.Ordinal);
        Assert.Contains("nested", health.Text, StringComparison.Ordinal);
        await AssertServesAsync(Pages.Home);

        _content.With(ContentFiles.Film, ContentText.Film(title: "Never Sorry (still here)"));
        _content.With(ContentFiles.Synopsis, "Named by ArtReview as the most powerful artist in the world.\n");
        await AssertHealthyWithTitleAsync("Never Sorry (still here)");
    }

    [Fact]
    public async Task ANamedPipeIsRefusedAndLaterEditsStillLoad()
    {
        await _site.WaitUntilHealthyAsync(_client, Patience.Process);

        _content.Without(ContentFiles.Festivals);
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(_content.Path, ContentFiles.Festivals)]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var health = await Eventually.AnswerAsync(_client.GetHealthAsync, h => h.Text.Contains("not an ordinary file", StringComparison.Ordinal) || _site.HasExited);
        Assert.Equal("Degraded", health.Status);
        Assert.Contains($"{_content.DisplayNameOf(ContentFiles.Festivals)}:1:1: ", health.Text, StringComparison.Ordinal);
        await AssertServesAsync(Pages.Home);

        File.Delete(Path.Combine(_content.Path, ContentFiles.Festivals));
        File.Copy(Path.Combine(RepositoryPaths.Content, ContentFiles.Festivals), Path.Combine(_content.Path, ContentFiles.Festivals));
        _content.With(ContentFiles.Film, ContentText.Film(title: "Never Sorry (after the pipe)"));
        await AssertHealthyWithTitleAsync("Never Sorry (after the pipe)");
    }

    private async Task AssertServesAsync(string url)
    {
        using var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task AssertHealthyWithTitleAsync(string title)
    {
        var heading = await Eventually.AnswerAsync(
            async () => (await _client.GetDocumentAsync(Pages.Home)).QuerySelector("h1")!.ReadableText(),
            h => h.StartsWith(title, StringComparison.Ordinal));
        Assert.StartsWith(title, heading, StringComparison.Ordinal);
        Assert.Equal("Healthy", (await _client.GetHealthAsync()).Status);
    }
}
