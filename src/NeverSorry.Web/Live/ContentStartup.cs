using NeverSorry.Content.Model;

namespace NeverSorry.Web.Live;

/// <summary>
/// Loads the content before anything starts, the web server included (<see cref="StartingAsync"/> runs
/// before every hosted service's StartAsync), so a broken folder stops start-up with the problems logged
/// instead of a half-started site. The load itself may begin earlier (<see cref="BeginLoading"/>): SiteApp
/// starts it as soon as the services exist, so it runs on one core while the request pipeline is put
/// together on the other, instead of after it.
/// </summary>
internal sealed class ContentStartup(ContentStore store) : IHostedLifecycleService
{
    private readonly Lazy<Task<bool>> _loading = new(() => Task.Run(store.TryReload));

    /// <summary>Starts loading the content in the background, once; <see cref="StartingAsync"/> waits for it.</summary>
    public void BeginLoading() => _ = _loading.Value;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        // Broken content with no last good version kept: nothing to serve.
        if (!await _loading.Value.WaitAsync(cancellationToken) && !store.IsLoaded)
        {
            throw new ContentException(store.Problems);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
