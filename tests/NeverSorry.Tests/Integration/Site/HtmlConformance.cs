using System.Diagnostics;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Site;

/// <summary>
/// Every page through html-validate's "standard" preset, the W3C-conformance checker CI installs under
/// tools/html-validate. Where it is not installed the test skips itself, unless HTML_VALIDATE_REQUIRED=1
/// (set by CI) makes a missing checker a failure.
/// </summary>
public class HtmlConformance(RealSite site)
{
    private static readonly string s_tool = Path.Combine(RepositoryPaths.Root, "tools", "html-validate");

    [Fact]
    public async Task EveryPageValidates()
    {
        var cli = Path.Combine(s_tool, "node_modules", "html-validate", "bin", "html-validate.mjs");
        Prerequisites.Require(File.Exists(cli), "HTML_VALIDATE_REQUIRED", "html-validate is not installed (npm ci --prefix tools/html-validate)");

        var folder = Directory.CreateTempSubdirectory("neversorry-html-");
        try
        {
            var client = site.CreatePlainClient();
            var files = new List<string>();
            foreach (var url in Pages.All.Append("/does-not-exist"))
            {
                files.Add(await SaveAsync(client, url, folder, url.Trim('/') is { Length: > 0 } name ? name : "index"));
            }
            // The home page as it is with a trailer (its facade) and a public address (the printed URL).
            using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(trailer: """{ "youtubeId": "AAAAAAAAAAA" }"""));
            await using var withTrailer = new PublicSite(content.Path);
            files.Add(await SaveAsync(withTrailer.CreatePlainClient(), Pages.Home, folder, "index-with-trailer"));
            // Home and the run with engagements showing and coming: their cities, addresses and ticket links.
            using var run = TempContentFolder.CopyOfReal().With(ContentFiles.TheatricalRun, RunWithTickets.Json());
            await using var onADay = SiteOnADay.At(RunWithTickets.Today, run.Path);
            files.Add(await SaveAsync(onADay.CreatePlainClient(), Pages.Home, folder, "index-with-tickets"));
            files.Add(await SaveAsync(onADay.CreatePlainClient(), Pages.TheatricalRun, folder, "theatrical-run-with-tickets"));
            // Home and press with pictures (generated), once every file made from them is there.
            await using var pictures = new PictureSite();
            var withPictures = await pictures.SettledClientAsync();
            files.Add(await SaveAsync(withPictures, Pages.Home, folder, "index-with-pictures"));
            files.Add(await SaveAsync(withPictures, Pages.Press, folder, "press-with-pictures"));
            // Press with a press kit at its fullest: contacts, quotes, biographies, the facts film.json may add.
            await using var pressKit = new PressSite();
            files.Add(await SaveAsync(await pressKit.SettledClientAsync(), Pages.Press, folder, "press-with-a-kit"));
            // The run page on a day with an engagement showing and one coming: the timeline's line for today, its hatching.
            using var timelineRun = TempContentFolder.CopyOfReal().With(ContentFiles.TheatricalRun, TimelineRuns.ShowingAndComing);
            await using var onTheDay = SiteOnADay.At(TimelineRuns.TodayInNewYork, timelineRun.Path);
            files.Add(await SaveAsync(onTheDay.CreatePlainClient(), Pages.TheatricalRun, folder, "theatrical-run-showing-and-coming"));

            var (exitCode, output) = await RunNodeAsync([cli, "--config", Path.Combine(s_tool, ".htmlvalidate.json"), "--formatter", "text", .. files]);

            Assert.True(exitCode == 0, $"html-validate found errors:{Environment.NewLine}{output}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> SaveAsync(HttpClient client, string url, DirectoryInfo folder, string name)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var file = Path.Combine(folder.FullName, name + ".html");
        await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        return file;
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = s_tool };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Prerequisites.Require(false, "HTML_VALIDATE_REQUIRED", $"node could not be started ({ex.Message}; apt-get install nodejs)");
            throw;
        }
        using var node = process ?? throw new InvalidOperationException("node did not start.");
        var output = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (node.ExitCode, await output + await errors);
    }
}
