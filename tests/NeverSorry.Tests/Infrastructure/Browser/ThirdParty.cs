using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>
/// Every request a browser context makes, its frames' included, with the world outside the site cut off:
/// there is no internet here, and a test must never depend on it. The trailer's player is answered by a
/// blank page, so that loading it can be seen; anything else outside the site is aborted.
/// </summary>
public sealed class ThirdParty
{
    public const string PlayerHost = "www.youtube-nocookie.com";

    private readonly ConcurrentQueue<Uri> _requests = new();
    private readonly Uri _site;

    private ThirdParty(Uri site) => _site = site;

    /// <summary>Every request made so far, in order.</summary>
    public IReadOnlyList<Uri> Requests => [.. _requests];

    /// <summary>The requests made so far to anywhere but the site.</summary>
    public IReadOnlyList<Uri> Outside => [.. _requests.Where(r => !(r.Host == _site.Host && r.Port == _site.Port))];

    public static async Task<ThirdParty> RecordAsync(IBrowserContext context, Uri site)
    {
        var recorder = new ThirdParty(site);
        context.Request += (_, request) => recorder._requests.Enqueue(new Uri(request.Url));
        await context.RouteAsync("**/*", async route =>
        {
            var target = new Uri(route.Request.Url);
            if (target.Host == site.Host && target.Port == site.Port)
            {
                await route.ContinueAsync();
            }
            else if (target.Host == PlayerHost)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = "<!DOCTYPE html><title>Player</title>" });
            }
            else
            {
                await route.AbortAsync();
            }
        });
        return recorder;
    }
}
