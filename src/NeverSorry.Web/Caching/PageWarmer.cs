using NeverSorry.Web.Addresses;
using NeverSorry.Web.Live;

namespace NeverSorry.Web.Caching;

/// <summary>
/// Renders every cached page as soon as there is content to render, instead of on the first request for it:
/// when the server's request pipeline is built (while the server starts listening), and again after every
/// change of the snapshot (a reload, or picture files made). Each page goes through the very pipeline a visitor's request takes, past the request log, in the
/// background; a visitor who asks meanwhile waits for that rendering (the cache's gate) rather than starting a
/// second one. A page that fails to render is logged and left to the first request, as before.
/// </summary>
internal sealed partial class PageWarmer(ContentStore content, IServiceScopeFactory scopes, ILogger<PageWarmer> logger)
{
    private RequestDelegate? _pipeline;
    private int _generation;

    /// <summary>Goes in the pipeline where the warm-up requests enter it: it keeps what follows and renders through it.</summary>
    public RequestDelegate Capture(RequestDelegate next)
    {
        if (Interlocked.CompareExchange(ref _pipeline, next, null) is null)
        {
            content.Changed += _ => WarmInBackground();
            WarmInBackground();
        }
        return next;
    }

    private void WarmInBackground()
    {
        var generation = Interlocked.Increment(ref _generation);
        _ = Task.Run(() => WarmAsync(generation));
    }

    private async Task WarmAsync(int generation)
    {
        foreach (var page in SitePages.ListedIn(Listed.Cache))
        {
            // A newer load started its own warm-up: this one's pages would be stale.
            if (generation != Volatile.Read(ref _generation) || _pipeline is not { } pipeline)
            {
                return;
            }
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var request = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
                request.Request.Method = HttpMethods.Get;
                request.Request.Scheme = Uri.UriSchemeHttp;
                request.Request.Host = new HostString("localhost");
                request.Request.Path = page.Path;
                request.Response.Body = Stream.Null;
                await pipeline(request);
            }
            catch (Exception ex)
            {
                LogNotRendered(ex, page.Path);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} could not be rendered ahead of its first request; that request will render it")]
    private partial void LogNotRendered(Exception exception, string path);
}
