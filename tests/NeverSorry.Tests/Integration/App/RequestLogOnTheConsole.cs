using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.App;

/// <summary>The built app run as an operator runs it prints its request log on the console, as configured in appsettings.json.</summary>
[Collection(ProcessTier.Name)]
public sealed class RequestLogOnTheConsole
{
    [Fact]
    public async Task ShowsEachRequestOnce()
    {
        var port = SiteProcess.FreePort();
        using var site = SiteProcess.Start([$"--Content:Path={RepositoryPaths.Content}", "--urls", $"http://127.0.0.1:{port}"]);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await site.WaitUntilHealthyAsync(client, Patience.Process);

        using var page = await client.GetAsync(Pages.Press, TestContext.Current.CancellationToken);
        using var missing = await client.GetAsync(Pages.NotFound, TestContext.Current.CancellationToken);

        // The console is written by a background thread: the lines follow the answers shortly.
        var output = await Eventually.AnswerAsync(
            () => Task.FromResult(site.Output),
            printed => printed.Contains($"HTTP GET {Pages.NotFound} responded 404", StringComparison.Ordinal));
        Assert.Contains($"HTTP GET {Pages.Press} responded 200 in ", output, StringComparison.Ordinal);
        Assert.Contains($"HTTP GET {Pages.NotFound} responded 404 in ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("/error/404", output, StringComparison.Ordinal);
    }
}
