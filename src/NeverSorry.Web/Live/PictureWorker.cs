using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;
using NeverSorry.Web.Images;

namespace NeverSorry.Web.Live;

/// <summary>
/// Makes, in the background, the picture files a new snapshot lacks, a bounded number of pictures at a
/// time (<see cref="PictureOptions.Concurrency"/>), never for a request. First what pages need to show a
/// picture at all (cards, original, JPEG and WebP sizes), then the cards drawn over the lead still, the press notes, the ZIP,
/// and last the slow AVIF sizes. After each job the served snapshot is replaced by one that lists the new
/// files, so the pages are rendered again with them; until then they offer what is made. A file that could
/// not be made is tried again later (<see cref="PictureFailures"/>); one lost from the cache is made again.
/// </summary>
internal sealed partial class PictureWorker(
    ContentStore store, PictureJobs jobs, PictureCache cache, PictureFailures failures, TimeProvider clock,
    IOptions<PictureOptions> options, ILogger<PictureWorker> logger) : BackgroundService
{
    private static readonly TimeSpan s_shortestWait = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _wake = new(0);
    private ITimer? _retry;
    private SiteSnapshot? _settledOn;
    private long _loadedAt;
    private volatile bool _busy;

    /// <summary>True once every file of the served snapshot is made, given up, or failed: what the export waits for.</summary>
    public bool IsSettled => !_busy && Missing(store.Current).Count == 0;

    public PictureFailures Failures => failures;

    public async Task WaitUntilSettledAsync(CancellationToken cancellationToken)
    {
        while (!IsSettled)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    /// <summary>
    /// A request found <paramref name="name"/> missing from the cache while the served pictures say it is made
    /// (the folder was emptied under the running site): every file lost with it is marked missing, so the pages
    /// stop offering it, and made again. Cheap for any other name, so a visitor cannot make work.
    /// </summary>
    public void NoticeMissing(string name)
    {
        if (store.IsLoaded && store.Current.Pictures.Ready.Contains(name))
        {
            Publish(pictures => pictures.WithLost(cache.Has));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        VipsSetup.SendWarningsTo(LogVipsWarning);
        _retry = clock.CreateTimer(_ => _wake.Release(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        store.Changed += OnChanged;
        _wake.Release();
        while (!stoppingToken.IsCancellationRequested)
        {
            await _wake.WaitAsync(stoppingToken);
            _busy = true;
            var worked = false;
            try
            {
                // Run until the served snapshot lacks nothing: a reload during a pass brings more to make.
                while (Missing(store.Current) is { Count: > 0 } missing)
                {
                    worked = true;
                    await MakeAsync(store.Current, missing, stoppingToken);
                }
            }
            finally
            {
                _busy = false;
            }
            // After a batch, or a load (which read and checked the pictures, refused or not); not for the wakes
            // the batch's own snapshots leave behind.
            if (worked || !ReferenceEquals(store.Current, _settledOn))
            {
                VipsSetup.GiveMemoryBack();
            }
            _settledOn = store.Current;
            // One timer, set again after each pass: a wake when the first failed file is due.
            var wait = failures.NextRetry(store.Current.Pictures);
            _retry.Change(wait is { } due ? TimeSpan.FromTicks(Math.Max(due.Ticks, s_shortestWait.Ticks)) : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    public override void Dispose()
    {
        _retry?.Dispose();
        base.Dispose();
    }

    /// <summary>Wakes the worker for every new snapshot; a reload (a new load time) also retries every failed file.</summary>
    private void OnChanged(SiteSnapshot snapshot)
    {
        var loadedAt = snapshot.LoadedAt.UtcTicks;
        if (Interlocked.Exchange(ref _loadedAt, loadedAt) != loadedAt)
        {
            failures.Clear();
        }
        _wake.Release();
    }

    private List<PlannedFile> Missing(SiteSnapshot snapshot) =>
        [.. snapshot.Pictures.Pending.Where(f => !failures.IsWaiting(f.Name))];

    private async Task MakeAsync(SiteSnapshot snapshot, List<PlannedFile> missing, CancellationToken stoppingToken)
    {
        var pictures = snapshot.Pictures;
        var film = snapshot.Film;
        var bySource = missing.Where(f => f.Source is not null).ToLookup(f => f.Source!);
        // Phases, in order: each waits for the one before (cards and the press notes need the sizes, the ZIP the originals and the notes).
        (string What, IEnumerable<(IReadOnlyList<PlannedFile> Files, Func<IReadOnlyList<string>> Make)> Work)[] phases =
        [
            ("share card", missing.Where(f => f.Kind == PictureKind.Card).Select(f => (Of([f]), (Func<IReadOnlyList<string>>)(() => jobs.Card(f, store.Current.Pictures))))),
            ("sizes", pictures.Sources.Where(s => bySource[s].Any(IsSize)).Select(s => (Of(bySource[s].Where(IsSize)), (Func<IReadOnlyList<string>>)(() => jobs.Sizes(film, s, [.. bySource[s].Where(IsSize)]))))),
            ("share card", missing.Where(f => f.Kind == PictureKind.StillCard).Select(f => (Of([f]), (Func<IReadOnlyList<string>>)(() => jobs.StillCard(f, store.Current.Pictures))))),
            ("press notes", missing.Where(f => f.Kind == PictureKind.PressNotes).Select(f => (Of([f]), (Func<IReadOnlyList<string>>)(() => PressNotes(f))))),
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
        var subject = SubjectOf(what, files[0]);
        try
        {
            var made = make();
            failures.Made(made);
            Publish(pictures => pictures.WithReady(made));
            // Whatever a job could not make (its source changed on disk) waits for the next load.
            foreach (var file in files.Where(f => !made.Contains(f.Name)))
            {
                failures.Add(file, subject, reason: null);
            }
        }
        catch (Exception ex) when (ex is NetVips.VipsException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            var reason = ex is NetVips.VipsException or InvalidDataException
                ? "the picture could not be decoded"
                : "the site could not write to its picture cache folder (Pictures:CachePath; the site's log has the details)";
            foreach (var file in files)
            {
                failures.Add(file, subject, reason);
            }
            LogFailed(ex, what, files[0].Source?.File ?? files[0].Name);
        }
        catch (Exception ex) when (files[0].Kind == PictureKind.PressNotes && ex is not OperationCanceledException)
        {
            // PDFsharp may throw anything on content it cannot set: the notes wait, named on /healthz; the worker goes on.
            failures.Add(files[0], subject, "the PDF could not be written (the site's log has the details)");
            LogFailed(ex, what, files[0].Name);
        }
    }

    /// <summary>What staff read on /healthz: the picture as film.json names it, or the page of a card; never a path on disk.</summary>
    private static string SubjectOf(string what, PlannedFile file) => file switch
    {
        { Kind: PictureKind.Zip } => "The ZIP of all pictures",
        { Kind: PictureKind.PressNotes } => "The press notes (PDF)",
        { Kind: PictureKind.Card or PictureKind.StillCard } => $"The share card of the page {file.Page}",
        _ => $"The {what} of {file.Source?.File}",
    };

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

    /// <summary>The press notes from the served snapshot's content, their size known to the pages before they are offered.</summary>
    private IReadOnlyList<string> PressNotes(PlannedFile notes)
    {
        var snapshot = store.Current;
        var started = clock.GetTimestamp();
        var made = jobs.PressNotes(snapshot, notes, snapshot.Pictures);
        var milliseconds = (long)clock.GetElapsedTime(started).TotalMilliseconds;
        foreach (var name in made)
        {
            var bytes = cache.LengthOf(name);
            LogPressNotesWritten(name, bytes, milliseconds);
            Publish(pictures => pictures.WithLength(name, bytes));
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

    [LoggerMessage(Level = LogLevel.Error, Message = "The {What} of {Picture} could not be made; the pages go without them until it is tried again")]
    private partial void LogFailed(Exception exception, string what, string picture);

    [LoggerMessage(Level = LogLevel.Information, Message = "The press notes {Name} ({Bytes} bytes) were written in {Milliseconds} ms")]
    private partial void LogPressNotesWritten(string name, long bytes, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "libvips: {Message}")]
    private partial void LogVipsWarning(string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The AVIF sizes of {Picture} took over {Seconds} s (Pictures:AvifBudgetSeconds) and were given up; WebP and JPEG serve alone")]
    private partial void LogAvifGivenUp(string picture, int seconds);
}
