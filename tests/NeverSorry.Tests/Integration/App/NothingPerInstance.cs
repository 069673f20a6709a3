using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.App;

/// <summary>
/// A running instance keeps nothing of its own on disk, so any number of them can run behind a load
/// balancer, each from a read-only image: no data-protection key file in the home folder, and no warning
/// about one in the log.
/// </summary>
[Collection(ProcessTier.Name)]
public class NothingPerInstance
{
    [Fact]
    public async Task TheServerWritesNothingToItsHomeFolder()
    {
        var home = Directory.CreateTempSubdirectory("never-sorry-home-");
        try
        {
            var port = SiteProcess.FreePort();
            using var site = SiteProcess.Start(
                [$"--Content:Path={RepositoryPaths.Content}", "--urls", $"http://127.0.0.1:{port}"],
                new Dictionary<string, string> { ["HOME"] = home.FullName });
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await site.WaitUntilHealthyAsync(client, Patience.Process);
            using var page = await client.GetAsync(Pages.Home, TestContext.Current.CancellationToken);
            page.EnsureSuccessStatusCode();

            var written = home.EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Select(entry => Path.GetRelativePath(home.FullName, entry.FullName));
            Assert.Empty(written);
            Assert.DoesNotContain("WRN", site.Output, StringComparison.Ordinal);
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }
}
