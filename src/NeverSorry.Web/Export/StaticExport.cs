using Microsoft.Extensions.Options;
using NeverSorry.Content.Model;
using NeverSorry.Web.Addresses;
using NeverSorry.Web.Live;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Export;

/// <summary>
/// <c>export &lt;folder&gt;</c>: starts the site itself (the same app the server runs, in Production) on a
/// loopback port, fetches every page, the 404 page, robots.txt, sitemap.xml and every file they link to,
/// and writes them as a static site any web server or CDN can serve with no .NET at all.
/// </summary>
internal static class StaticExport
{
    /// <param name="folder">Where to write; it must be new or empty, so nothing stale is published.</param>
    /// <param name="appArguments">Configuration for the app, e.g. <c>--Site:BaseUrl=…</c>, <c>--Content:Path=…</c>.</param>
    public static async Task<int> RunAsync(string folder, string[] appArguments, TextWriter output, TextWriter errors)
    {
        var target = Path.GetFullPath(folder);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            errors.WriteLine($"{target}: the folder is not empty. Export into a new or empty folder.");
            return 2;
        }

        await using var app = SiteApp.Build([.. appArguments, .. QuietLoopbackServer]);
        try
        {
            await app.StartAsync();
        }
        catch (ContentException ex)
        {
            // The content changed after it was validated: report it as validate does.
            foreach (var problem in ex.Problems)
            {
                errors.WriteLine(problem);
            }
            errors.WriteLine($"{ex.Problems.Count} problem(s) found: nothing was exported.");
            return 1;
        }
        catch (OptionsValidationException ex)
        {
            errors.WriteLine(string.Join(Environment.NewLine, ex.Failures));
            return 2;
        }

        var content = app.Services.GetRequiredService<IContentStore>();
        // Every picture file made first (Images/), so the pages name them all and the export carries them.
        await app.Services.GetRequiredService<PictureWorker>().WaitUntilSettledAsync(CancellationToken.None);
        var snapshot = content.Current;
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var crawl = await new SiteCrawler(client).CrawlAsync([.. StartingPoints(app.Services), .. snapshot.Pictures.ExportPaths], CancellationToken.None);
        await app.StopAsync();

        if (crawl.Broken.Count > 0)
        {
            foreach (var link in crawl.Broken)
            {
                errors.WriteLine($"Broken link: {link}.");
            }
            errors.WriteLine($"Nothing was exported: {crawl.Broken.Count} broken link(s).");
            return 1;
        }
        if (!ReferenceEquals(snapshot, content.Current))
        {
            errors.WriteLine("Nothing was exported: the content changed during the export, so its pages could disagree. Export again.");
            return 1;
        }

        var written = ExportWriter.WriteAll(target, crawl.Files);
        output.WriteLine($"Exported {crawl.Files.Count} files ({written} with their .br and .gz copies) to {target}.");
        // The pages say what is showing "now": a static copy is right for the day it was made only.
        var site = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
        output.WriteLine($"The pages are a picture of {app.Services.GetRequiredService<SiteToday>().Date:yyyy-MM-dd} ({site.TimeZone}): export again every day while an engagement is showing or coming.");
        if (site.BaseUrl is null)
        {
            output.WriteLine("No base URL was given, so the pages have no canonical link and there is no sitemap.xml: add --base-url https://… for the public site.");
        }
        return 0;
    }

    /// <summary>The pages, robots.txt, and sitemap.xml where there is one (it needs Site:BaseUrl); links lead to the rest.</summary>
    private static IEnumerable<string> StartingPoints(IServiceProvider services)
    {
        var hasSitemap = services.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUrl is not null;
        return SitePages.ListedIn(Listed.Export).Where(page => page != SitePages.Sitemap || hasSitemap).Select(page => page.Path);
    }

    /// <summary>
    /// Production, as visitors get the site; a port the system picks on loopback, so nothing else can reach
    /// it and it never clashes with a running server; and a log that shows only warnings and errors.
    /// Last on the command line, so they win over launch profiles and appsettings.
    /// </summary>
    private static string[] QuietLoopbackServer { get; } =
    [
        "--environment=Production",
        "--urls=http://127.0.0.1:0",
        "--Serilog:MinimumLevel:Default=Warning",
        "--Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning",
    ];
}
