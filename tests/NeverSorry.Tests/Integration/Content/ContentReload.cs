using System.Net;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Content;

namespace NeverSorry.Tests.Integration.Content;

/// <summary>Staff edit the content files while the site runs; the site follows without a restart.</summary>
public class ContentReload
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ServesAnEditWithoutARestart()
    {
        using var content = TempContentFolder.CopyOfReal();
        await using var site = new SiteFactory(content.Path);
        var client = site.CreateClient();
        await client.GetDocumentAsync(Pages.Home);

        content.With(ContentFiles.Film, ContentText.Film(title: "Never Sorry (edited)"));

        var heading = await EventuallyAsync(async () => (await client.GetDocumentAsync(Pages.Home)).QuerySelector("h1")!.ReadableText(), h => h.StartsWith("Never Sorry (edited)", StringComparison.Ordinal));
        Assert.StartsWith("Never Sorry (edited)", heading, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepsServingTheLastGoodContentWhenAnEditBreaksIt()
    {
        using var content = TempContentFolder.CopyOfReal();
        await using var site = new SiteFactory(content.Path);
        var client = site.CreatePlainClient();
        await client.GetDocumentAsync(Pages.Home);

        content.With(ContentFiles.Festivals, """{ "festivals": [ { "name": "Sundance Film Festival", "year": 1812 } ] }""");

        var health = await EventuallyAsync(() => client.GetStringAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken), h => !h.StartsWith("Healthy", StringComparison.Ordinal));
        Assert.StartsWith("Degraded", health, StringComparison.Ordinal);
        Assert.Contains(content.DisplayNameOf(ContentFiles.Festivals), health, StringComparison.Ordinal);
        using var home = await client.GetAsync(Pages.Home, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(10, (await home.ReadDocumentAsync()).Section("Festival selections").QuerySelectorAll("li").Length);
    }

    /// <summary>Asks until the answer is the one expected (the site reloads a moment after the edit), or gives up.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> ask, Func<T, bool> expected)
    {
        var deadline = DateTime.UtcNow + s_patience;
        while (true)
        {
            var answer = await ask();
            if (expected(answer) || DateTime.UtcNow > deadline)
            {
                return answer;
            }
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
