using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;
using NeverSorry.Content.Files;

namespace NeverSorry.Web.Live;

/// <summary>
/// Reloads the content once the folder has been quiet for <see cref="QuietPeriod"/> after a change (editors write a
/// file in several steps). With DOTNET_USE_POLLING_FILE_WATCHER set, it compares the folder every
/// <see cref="PollInterval"/> instead; either way a swapped <c>current</c> link is followed like an edit. Every
/// callback runs on a timer's thread, where an exception would end the process: each is guarded and logged.
/// </summary>
internal sealed partial class ContentWatcher(ContentStore store, ILogger<ContentWatcher> logger) : IHostedService, IDisposable
{
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private readonly Lock _watching = new();
    private PhysicalFileProvider? _files;
    private IDisposable? _subscription;
    private Timer? _debounce;
    private Timer? _poll;
    private FileSystemWatcher? _link;
    private string _lastSeen = "";
    private string? _realFolder;

    public static bool PollingRequested =>
        Environment.GetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER") is "1" or "true" or "True" or "TRUE";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _debounce = new Timer(_ => Guarded(() => store.TryReload()));
        _realFolder = UnixFiles.RealPath(store.Folder.Path);
        _lastSeen = PollingRequested ? FolderState() : "";
        Subscribe();
        WatchTheLink();
        _poll = new Timer(_ => Guarded(PollOnce), null, PollInterval, PollInterval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_watching)
        {
            _poll?.Dispose();
            _link?.Dispose();
            _debounce?.Dispose();
            Unsubscribe();
            (_poll, _debounce, _link) = (null, null, null);
        }
    }

    private void OnChange() => _debounce?.Change(QuietPeriod, Timeout.InfiniteTimeSpan);

    /// <summary>File system events for the folder as it is now (the target of its link, if it is one).</summary>
    private void Subscribe()
    {
        if (!PollingRequested && Directory.Exists(store.Folder.Path))
        {
            _files = new PhysicalFileProvider(store.Folder.Path, ExclusionFilters.Sensitive);
            _subscription = ChangeToken.OnChange(() => _files.Watch("**/*"), () => Guarded(OnChange));
        }
    }

    /// <summary>
    /// A publish renames a new link over the content folder's name: watching that name in its parent folder
    /// follows the switch at once, where the poll would notice it up to <see cref="PollInterval"/> later.
    /// </summary>
    private void WatchTheLink()
    {
        var path = store.Folder.Path.TrimEnd(Path.DirectorySeparatorChar);
        if (PollingRequested || Path.GetDirectoryName(path) is not { } parent || !Directory.Exists(parent))
        {
            return;
        }
        _link = new FileSystemWatcher(parent, Path.GetFileName(path)) { NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName };
        _link.Created += (_, _) => Guarded(PollOnce);
        _link.Renamed += (_, _) => Guarded(PollOnce);
        _link.EnableRaisingEvents = true;
    }

    private void Unsubscribe()
    {
        _subscription?.Dispose();
        _files?.Dispose();
        (_subscription, _files) = (null, null);
    }

    private void PollOnce()
    {
        lock (_watching)
        {
            if (_poll is null && _files is null && _link is null)
            {
                return; // Stopped: a late callback must not watch again.
            }
            var realFolder = UnixFiles.RealPath(store.Folder.Path);
            if (realFolder != _realFolder)
            {
                _realFolder = realFolder;
                Unsubscribe();
                Subscribe();
                OnChange();
            }
            if (PollingRequested)
            {
                var state = FolderState();
                if (state != _lastSeen)
                {
                    _lastSeen = state;
                    OnChange();
                }
            }
        }
    }

    /// <summary>Every file's name, size and last write: any edit, addition, removal or rename changes it.</summary>
    private string FolderState()
    {
        try
        {
            return string.Join('\n', new DirectoryInfo(store.Folder.Path)
                .EnumerateFiles("*", SearchOption.AllDirectories)
                .OrderBy(f => f.FullName, StringComparer.Ordinal)
                .Select(f => $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}"));
        }
        catch (IOException)
        {
            // The folder is being rewritten right now: report a change, and look again next time.
            return Guid.NewGuid().ToString();
        }
    }

    private void Guarded(Action work)
    {
        try
        {
            work();
        }
        catch (Exception ex)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Watching the content folder failed; the site keeps serving and watching")]
    private partial void LogFailed(Exception exception);
}
