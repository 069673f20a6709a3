namespace NeverSorry.Web.Content;

/// <summary>
/// Loads the content before anything starts, the web server included (<see cref="StartingAsync"/> runs
/// before every hosted service's StartAsync), so a broken folder stops start-up with the problems logged
/// instead of a half-started site.
/// </summary>
internal sealed partial class ContentStartup(ContentStore store, ILogger<ContentStartup> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            var snapshot = store.Load();
            LogLoaded(store.Folder.Path, snapshot.Festivals.Count, snapshot.Engagements.Count);
        }
        catch (ContentException ex)
        {
            foreach (var problem in ex.Problems)
            {
                LogProblem(problem.ToString());
            }
            throw;
        }
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Content loaded from {Folder}: {Festivals} festivals, {Engagements} engagements")]
    private partial void LogLoaded(string folder, int festivals, int engagements);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Problem}")]
    private partial void LogProblem(string problem);
}
