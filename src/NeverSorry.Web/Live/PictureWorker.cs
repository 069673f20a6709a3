using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;
using NeverSorry.Web.Images;

namespace NeverSorry.Web.Live;

/// <summary>
/// Makes, in the background, the picture files a new snapshot lacks, a bounded number of pictures at a
/// time (<see cref="PictureOptions.Concurrency"/>), never for a request. First what pages need to show a
/// picture at all (original, JPEG and WebP sizes), then the cards drawn over the lead still, the ZIP, and
/// last the slow AVIF sizes. After each job the served snapshot is replaced by one that lists the new
/// files, so the pages are rendered again with them; until then they offer what is made.
/// </summary>
internal sealed partial class PictureWorker(ContentStore store, PictureJobs jobs, IOptions<PictureOptions> options, ILogger<PictureWorker> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0);
    private readonly ConcurrentDictionary<string, bool> _failed = new();
    private volatile bool _busy;

    /// <summary>True once every file of the served snapshot is made, given up, or failed: what the export waits for.</summary>
    public bool IsSettled => !_busy && Missing(store.Current).Count == 0;

    public async Task WaitUntilSettledAsync(CancellationToken cancellationToken)
    {
        while (!IsSettled)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        store.Changed += _ => _wake.Release();
        _wake.Release();
        while (!stoppingToken.IsCancellationRequested)
        {
            await _wake.WaitAsync(stoppingToken);
            _busy = true;
            try
            {
                // Run until the served snapshot lacks nothing: a reload during a pass brings more to make.
                while (Missing(store.Current) is { Count: > 0 } missing)
                {
                    await MakeAsync(store.Current, missing, stoppingToken);
                }
            }
            finally
            {
                _busy = false;
            }
        }
    }

    private List<PlannedFile> Missing(SiteSnapshot snapshot) =>
        [.. snapshot.Pictures.Pending.Where(f => !_failed.ContainsKey(f.Name))];

    private async Task MakeAsync(SiteSnapshot snapshot, List<PlannedFile> missing, CancellationToken stoppingToken)
    {
        var pictures = snapshot.Pictures;
        var film = snapshot.Film;
        var bySource = missing.Where(f => f.Source is not null).ToLookup(f => f.Source!);
        // Phases, in order: each waits for the one before (cards and the ZIP need the sizes and originals).
        (string What, IEnumerable<(IReadOnlyList<PlannedFile> Files, Func<IReadOnlyList<string>> Make)> Work)[] phases =
        [
            ("sizes", pictures.Sources.Where(s => bySource[s].Any(IsSize)).Select(s => (Of(bySource[s].Where(IsSize)), (Func<IReadOnlyList<string>>)(() => jobs.Sizes(s, [.. bySource[s].Where(IsSize)]))))),
            ("share card", missing.Where(f => f.Kind == PictureKind.StillCard).Select(f => (Of([f]), (Func<IReadOnlyList<string>>)(() => jobs.StillCard(film, f, store.Current.Pictures))))),
            ("ZIP", missing.Where(f => f.Kind == PictureKind.Zip).Select(f => (Of([f]), (Func<IReadOnlyList<string>>)(() => jobs.Zip(film, f, store.Current.Pictures))))),
            ("AVIF", pictures.Sources.Where(s => bySource[s].Any(f => f.Kind == PictureKind.Avif)).Select(s => (Of(bySource[s].Where(f => f.Kind == PictureKind.Avif)), (Func<IReadOnlyList<string>>)(() => Avif(s, [.. bySource[s].Where(f => f.Kind == PictureKind.Avif)]))))),
        ];
        foreach (var (what, work) in phases)
        {
            await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = stoppingToken },
                (job, _) =>
                {
                    Run(what, job.Files, job.Make);
                    return ValueTask.CompletedTask;
                });
        }
    }

    private void Run(string what, IReadOnlyList<PlannedFile> files, Func<IReadOnlyList<string>> make)
    {
        try
        {
            var made = make();
            Publish(pictures => pictures.WithReady(made));
            // Whatever a job could not make (its source changed on disk) waits for the next load.
            foreach (var file in files.Where(f => !made.Contains(f.Name)))
            {
                _failed[file.Name] = true;
            }
        }
        catch (Exception ex) when (ex is NetVips.VipsException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            foreach (var file in files)
            {
                _failed[file.Name] = true;
            }
            LogFailed(ex, what, files[0].Source?.File ?? files[0].Name);
        }
    }

    private IReadOnlyList<string> Avif(SourcePicture source, IReadOnlyList<PlannedFile> files)
    {
        var (made, givenUp) = jobs.Avif(source, files);
        if (givenUp)
        {
            LogAvifGivenUp(source.File, options.Value.AvifBudgetSeconds);
            Publish(pictures => pictures.WithGivenUp(source, files.Select(f => f.Name)));
            return [.. files.Select(f => f.Name)];
        }
        return made;
    }

    /// <summary>Serves the current snapshot with more files marked made, unless a reload replaced it meanwhile.</summary>
    private void Publish(Func<PictureSet, PictureSet> change)
    {
        while (store.Current is var current && change(current.Pictures) is var changed && !ReferenceEquals(changed, current.Pictures)
            && !store.TryReplace(current, current with { Pictures = changed }))
        {
        }
    }

    private static bool IsSize(PlannedFile file) => file.Kind is PictureKind.Original or PictureKind.Jpeg or PictureKind.WebP;

    private static IReadOnlyList<PlannedFile> Of(IEnumerable<PlannedFile> files) => [.. files];

    [LoggerMessage(Level = LogLevel.Error, Message = "The {What} of {Picture} could not be made; the pages go without them until the picture is replaced")]
    private partial void LogFailed(Exception exception, string what, string picture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The AVIF sizes of {Picture} took over {Seconds} s (Pictures:AvifBudgetSeconds) and were given up; WebP and JPEG serve alone")]
    private partial void LogAvifGivenUp(string picture, int seconds);
}
