namespace NeverSorry.Web.Content;

/// <summary>
/// Loads the content before anything starts, the web server included (<see cref="StartingAsync"/> runs
/// before every hosted service's StartAsync), so a broken folder stops start-up with the problems logged
/// instead of a half-started site.
/// </summary>
internal sealed class ContentStartup(ContentStore store) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) =>
        store.TryReload() ? Task.CompletedTask : throw new ContentException(store.Problems);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
