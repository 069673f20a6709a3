using Microsoft.Extensions.Options;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Web.Images;

namespace NeverSorry.Web.Live;

/// <summary>
/// Holds the snapshot the site serves and the problems of the last load. A load replaces the whole
/// snapshot in one reference swap, so readers never see half old, half new content; a load that finds
/// problems keeps the last good snapshot serving.
/// </summary>
internal sealed partial class ContentStore(
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    ContentLoader loader,
    PicturePlanner planner,
    LastGoodContent lastGood,
    ILogger<ContentStore> logger) : IContentStore
{
    private readonly Lock _loading = new();
    private SiteSnapshot? _current;
    private IReadOnlyList<ContentProblem> _problems = [];
    private Task _keeping = Task.CompletedTask;

    public ContentFolder Folder { get; } =
        new(Path.Combine(environment.ContentRootPath, options.Value.Path));

    public SiteSnapshot Current =>
        Volatile.Read(ref _current) ?? throw new InvalidOperationException("The content has not been loaded yet.");

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    /// <summary>What the last load found wrong; empty when it succeeded.</summary>
    public IReadOnlyList<ContentProblem> Problems => Volatile.Read(ref _problems);

    /// <summary>
    /// Raised after every new snapshot is put in service, by a reload or with more picture files made: the
    /// picture worker then makes what is missing, and the page warmer renders the pages again.
    /// </summary>
    public event Action<SiteSnapshot>? Changed;

    /// <summary>
    /// Serves <paramref name="replacement"/> (the same content with more picture files made) instead of
    /// <paramref name="expected"/>, unless another snapshot has replaced that one meanwhile.
    /// </summary>
    public bool TryReplace(SiteSnapshot expected, SiteSnapshot replacement)
    {
        if (!ReferenceEquals(Interlocked.CompareExchange(ref _current, replacement, expected), expected))
        {
            return false;
        }
        Changed?.Invoke(replacement);
        return true;
    }

    /// <summary>
    /// Loads the folder. On success the new snapshot is served from now on, and kept as the last good version;
    /// on failure every problem is logged, kept in <see cref="Problems"/>, and the previous snapshot stays in
    /// service. With none yet (the site is starting), the last good version the site kept is served, if any.
    /// </summary>
    public bool TryReload()
    {
        lock (_loading)
        {
            // A publish switches the live link to a complete new folder; the loader reads the one it found when it started.
            var (snapshot, problems) = LoadOnce(Folder);
            if (snapshot is null)
            {
                Fail(problems);
                if (!IsLoaded)
                {
                    ServeLastGood();
                }
                return false;
            }
            // In the background, one after another in the order of the loads: a start or an edit does not wait for it.
            var folder = Folder;
            _keeping = _keeping.ContinueWith(_ => lastGood.Keep(folder, snapshot.LoadedAt), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            Volatile.Write(ref _current, snapshot);
            Volatile.Write(ref _problems, []);
            Changed?.Invoke(snapshot);
            LogLoaded(Folder.Path, snapshot.Festivals.Count, snapshot.Engagements.Count);
            foreach (var warning in snapshot.Warnings)
            {
                LogWarning(warning.ToString());
            }
            return true;
        }
    }

    private void ServeLastGood()
    {
        if (lastGood.Find(Folder) is not var (folder, loadedAt) || LoadOnce(folder).Snapshot is not { } snapshot)
        {
            return;
        }
        snapshot = snapshot with { Problems = Problems, KeptFrom = loadedAt };
        Volatile.Write(ref _current, snapshot);
        Changed?.Invoke(snapshot);
        LogServingLastGood(loadedAt);
    }

    private (SiteSnapshot? Snapshot, IReadOnlyList<ContentProblem> Problems) LoadOnce(ContentFolder from)
    {
        try
        {
            var content = ShownContent.Of(loader.Load(from));
            return (new SiteSnapshot(content, planner.Plan(content)), []);
        }
        catch (ContentException ex)
        {
            return (null, ex.Problems);
        }
        catch (Exception ex)
        {
            // The loader turns what a file does into problems; this is the last net, for a fault of the site's own.
            return (null, [new ContentProblem(Folder.DisplayName(""), 1, 1, "the content could not be loaded because of an error in the site itself (the details are in the site's log); the last good version is still served.") { Cause = ex }]);
        }
    }

    private void Fail(IReadOnlyList<ContentProblem> problems)
    {
        Volatile.Write(ref _problems, problems);
        foreach (var problem in problems)
        {
            LogProblem(problem.ToString());
            if (problem.Cause is { } cause)
            {
                LogCause(cause, problem.File, Folder.Path);
            }
        }
        if (IsLoaded)
        {
            // The same content with the problems it now has: the pages are rendered again, and a preview lists them.
            SiteSnapshot current;
            do
            {
                current = Current;
            }
            while (!TryReplace(current, current with { Problems = problems }));
            LogKeptLastGood(problems.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content loaded from {Folder}: {Festivals} festivals, {Engagements} engagements")]
    private partial void LogLoaded(string folder, int festivals, int engagements);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The live content has problems, so the site serves the last good version it kept, loaded at {LoadedAt:O}, until they are fixed")]
    private partial void LogServingLastGood(DateTimeOffset loadedAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Problem}")]
    private partial void LogProblem(string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "What went wrong underneath with {File} (content folder {Folder})")]
    private partial void LogCause(Exception exception, string file, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private partial void LogWarning(string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content has {Count} problem(s); the site keeps serving the last good version until they are fixed")]
    private partial void LogKeptLastGood(int count);
}
