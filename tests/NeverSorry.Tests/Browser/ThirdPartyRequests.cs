using System.Collections.Concurrent;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>Loading a page asks nothing of another server: no fonts, scripts, trackers or players.</summary>
[Collection(BrowserTier.Name)]
public sealed class ThirdPartyRequests(BrowserSite browser)
{
    [Theory]
    [MemberData(nameof(Pages.UrlsAndNotFound), MemberType = typeof(Pages))]
    public async Task NoneWhileAPageLoads(string url)
    {
        var site = await browser.BaseAddressAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = new ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(request.Url);

        await page.GotoAsync(new Uri(site, url).ToString());
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        Assert.Contains(requests, request => new Uri(request).AbsolutePath == url);
        Assert.All(requests, request => Assert.True(
            new Uri(request) is { Host: "127.0.0.1" } target && target.Port == site.Port,
            $"{url} requested {request}, outside the site at {site}."));
    }
}
