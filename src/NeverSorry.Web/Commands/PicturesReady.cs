using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Web.Images;
using NeverSorry.Web.Live;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Commands;

/// <summary>
/// After a publish or a restore, says when the pictures are ready: the running site shows the new text within a
/// second, but makes the files of its pictures (sizes, formats, share cards, the ZIP) in the background, which
/// takes seconds. Which files, and what "made" means, are the site's own: the live folder is loaded and planned
/// as the site does (<see cref="PicturePlanner.Expect"/>, with the app's settings, <c>Pictures:CachePath</c>
/// among them), and the cache folder is looked at every <see cref="Poll"/> until every file is there. Waiting
/// ends after <see cref="Quiet"/> with no new file (the site may not be running against this folder and cache,
/// or a picture failed), or on Ctrl+C, with how long the rest should take. The publish's exit code stands.
/// </summary>
internal sealed class PicturesReady(TimeProvider clock, TextWriter output)
{
    /// <summary>How often the cache folder is looked at.</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    /// <summary>At most one progress line this often.</summary>
    public static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    /// <summary>With no new file for this long, waiting stops. The slowest single file (a 1,920-wide AVIF) takes a few seconds.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The time per file for an estimate before any is seen made: the mean over every file of 20 stills of
    /// 3,000 × 2,000 (original, JPEG, WebP and AVIF in three widths, the cards over the lead still, the ZIP), 205
    /// files made in 72 s by the published site on the 2-core development machine (bench/publish.sh).
    /// </summary>
    public static readonly TimeSpan PerFile = TimeSpan.FromSeconds(0.35);

    private const string NoWait = "--no-wait";

    private const string DryRun = "--dry-run";

    /// <summary>The option publish and restore take to say only how long the pictures will take.</summary>
    public static Option<bool> NoWaitOption() =>
        new(NoWait) { Description = "say how long the site will take to make the pictures, without waiting for them" };

    /// <summary>
    /// When <paramref name="exitCode"/> is a real publish's or restore's (0, without --dry-run), says when the
    /// pictures of <paramref name="live"/> are ready, as the site configured by <paramref name="appArguments"/> makes
    /// them, and waits for them without --no-wait. Returns <paramref name="exitCode"/>: the pictures are not the
    /// publish's success.
    /// </summary>
    public static int After(ParseResult parsed, string live, IReadOnlyList<string> appArguments, int exitCode)
    {
        if (exitCode != 0 || parsed.GetValue<bool>(DryRun))
        {
            return exitCode;
        }
        var (noWait, output) = (parsed.GetValue<bool>(NoWait), parsed.InvocationConfiguration.Output);
        try
        {
            using var services = SiteServices(appArguments);
            // As the site plans them: from the content as it shows it, whose words the share cards carry.
            var content = ShownContent.Of(services.GetRequiredService<ContentLoader>().Load(new ContentFolder(live)));
            var planner = services.GetRequiredService<PicturePlanner>();
            var planned = planner.Expect(content);
            using var stop = new CancellationTokenSource();
            // Ctrl+C ends the waiting, not the process: the publish is done.
            ConsoleCancelEventHandler onCtrlC = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCtrlC;
            try
            {
                // A console app has no synchronization context: waiting here cannot deadlock.
                new PicturesReady(TimeProvider.System, output)
                    .ReportAsync(planned.Files.Count, () => planner.InCache(planned).Ready.Count, !noWait, services.GetRequiredService<PictureCache>().Folder, stop.Token)
                    .GetAwaiter().GetResult();
            }
            finally
            {
                Console.CancelKeyPress -= onCtrlC;
            }
        }
        catch (ContentException ex)
        {
            // Another publish got in between: its own run reports its pictures.
            output.WriteLine($"Pictures: not looked for: the live folder does not load now ({ex.Problems.Count} problem(s); 'validate' lists them).");
        }
        catch (Exception ex) when (ex is OptionsValidationException or IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"Pictures: not looked for: {ex.Message}");
        }
        return exitCode;
    }

    /// <summary>The loader and the picture planner as the site builds them, from the app's settings read as the site reads them.</summary>
    private static ServiceProvider SiteServices(IReadOnlyList<string> appArguments)
    {
        var builder = WebApplication.CreateSlimBuilder([.. appArguments]);
        builder.Services.AddSingleton(TimeProvider.System);
        // The site's day (in its time zone) decides which status cards it plans.
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
        builder.Services.AddSingleton<SiteToday>();
        builder.Services.AddSingleton<ContentLoader>();
        builder.Services.AddSitePictures();
        // Nothing here logs but a failed card drawing, which Expect never does; the command's output is its own.
        builder.Logging.ClearProviders();
        return builder.Services.BuildServiceProvider();
    }

    /// <summary>
    /// Says how many of <paramref name="total"/> files are ready (<paramref name="countReady"/>, asked every
    /// <see cref="Poll"/>), and, when <paramref name="wait"/>, waits with progress until all are, no new one came for
    /// <see cref="Quiet"/>, or <paramref name="cancellationToken"/> is cancelled (Ctrl+C).
    /// </summary>
    /// <param name="cacheFolder">Where the files are looked for, named when none came.</param>
    public async Task ReportAsync(int total, Func<int> countReady, bool wait, string cacheFolder, CancellationToken cancellationToken)
    {
        var start = clock.GetUtcNow();
        var first = countReady();
        if (total == 0)
        {
            output.WriteLine("No pictures to make.");
            return;
        }
        if (first >= total)
        {
            output.WriteLine($"Pictures: all {total} files ready.");
            return;
        }
        if (!wait)
        {
            output.WriteLine($"Pictures: {first} of {total} files ready; the site makes the rest in the background (about {Duration(Estimate(total - first, null))}) and shows each as it is made; the pages show the text meanwhile.");
            return;
        }
        output.WriteLine($"Pictures: {first} of {total} files ready…");
        var (ready, lastNew, shown, shownAt) = (first, start, first, start);
        while (true)
        {
            try
            {
                await Task.Delay(Poll, clock, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine($"Pictures: stopped waiting at {ready} of {total} files ready; the site goes on making the rest (about {Duration(Estimate(total - ready, Rate()))}); the pages show the text meanwhile.");
                return;
            }
            var now = clock.GetUtcNow();
            var count = countReady();
            if (count > ready)
            {
                lastNew = now;
            }
            ready = count;
            if (ready >= total)
            {
                output.WriteLine($"Pictures: all {total} files ready after {Duration(now - start)}; the site shows them now.");
                return;
            }
            if (ready != shown && now - shownAt >= ProgressEvery)
            {
                output.WriteLine($"Pictures: {ready} of {total} files ready…");
                (shown, shownAt) = (ready, now);
            }
            if (now - lastNew >= Quiet)
            {
                output.WriteLine($"Pictures: {ready} of {total} files ready; none made in the last {Duration(Quiet)}. If the site is running, they will appear as it makes them (about {Duration(Estimate(total - ready, Rate()))} for the rest); the pages show the text meanwhile.");
                output.WriteLine($"  Looked for in {cacheFolder} (Pictures:CachePath here): if the site keeps its pictures elsewhere, pass its --Pictures:CachePath here too. The site's log names any picture it could not make.");
                return;
            }
        }

        // The time per file seen made while waiting; none when none was.
        TimeSpan? Rate() => ready > first ? (lastNew - start) / (ready - first) : null;
    }

    private static TimeSpan Estimate(int remaining, TimeSpan? perFile) => (perFile ?? PerFile) * remaining;

    /// <summary>"2.5 s" under ten seconds, "14 s" under two minutes, else "3 min".</summary>
    internal static string Duration(TimeSpan time) =>
        time.TotalSeconds < 10 ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(time.TotalSeconds, 0.1):0.0} s")
        : time.TotalMinutes < 2 ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(time.TotalMinutes):0} min");
}
