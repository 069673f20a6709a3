using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace NeverSorry.Web.Content;

/// <summary>
/// Reloads the content when a file in the folder changes. Editors write a file in several steps (truncate,
/// write, rename a temporary file over it), so changes are debounced: the reload runs once the folder has
/// been quiet for <see cref="QuietPeriod"/>.
/// </summary>
/// <remarks>
/// Where file system events do not arrive (network shares, some containers) operators set
/// DOTNET_USE_POLLING_FILE_WATCHER, as for the rest of .NET. The framework's own polling looks every four
/// seconds, too slow for "within about a second", so in that mode the folder is compared with itself
/// every <see cref="PollInterval"/> instead.
/// </remarks>
internal sealed class ContentWatcher(ContentStore store) : IHostedService, IDisposable
{
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private PhysicalFileProvider? _files;
    private IDisposable? _subscription;
    private Timer? _debounce;
    private Timer? _poll;
    private string _lastSeen = "";

    public static bool PollingRequested =>
        Environment.GetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER") is "1" or "true" or "True" or "TRUE";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _debounce = new Timer(_ => store.TryReload());
        if (PollingRequested)
        {
            _lastSeen = FolderState();
            _poll = new Timer(_ => PollOnce(), null, PollInterval, PollInterval);
        }
        else
        {
            _files = new PhysicalFileProvider(store.Folder.Path, ExclusionFilters.Sensitive);
            _subscription = ChangeToken.OnChange(() => _files.Watch("**/*"), OnChange);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _poll?.Dispose();
        _debounce?.Dispose();
        _files?.Dispose();
        (_subscription, _poll, _debounce, _files) = (null, null, null, null);
    }

    private void OnChange() => _debounce?.Change(QuietPeriod, Timeout.InfiniteTimeSpan);

    private void PollOnce()
    {
        var state = FolderState();
        if (state != _lastSeen)
        {
            _lastSeen = state;
            OnChange();
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
}
