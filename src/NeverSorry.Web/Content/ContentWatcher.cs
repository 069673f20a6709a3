using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace NeverSorry.Web.Content;

/// <summary>
/// Reloads the content when a file in the folder changes. Editors write a file in several steps (truncate,
/// write, rename a temporary file over it), so events are debounced: the reload runs once the folder has
/// been quiet for <see cref="QuietPeriod"/>. The file provider honours DOTNET_USE_POLLING_FILE_WATCHER for
/// network shares and containers where file system events do not arrive.
/// </summary>
internal sealed class ContentWatcher(ContentStore store) : IHostedService, IDisposable
{
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(200);

    private PhysicalFileProvider? _files;
    private IDisposable? _subscription;
    private Timer? _debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _files = new PhysicalFileProvider(store.Folder.Path, ExclusionFilters.Sensitive);
        _debounce = new Timer(_ => store.TryReload());
        _subscription = ChangeToken.OnChange(
            () => _files.Watch("**/*"),
            () => _debounce.Change(QuietPeriod, Timeout.InfiniteTimeSpan));
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
        _debounce?.Dispose();
        _files?.Dispose();
        _subscription = null;
        _debounce = null;
        _files = null;
    }
}
