using Microsoft.Playwright;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>At 375 px, a small phone, every page reflows: nothing makes the page scroll sideways.</summary>
[Collection(BrowserTier.Name)]
public sealed class PhoneWidth(BrowserSite browser)
{
    [Theory]
    [MemberData(nameof(Pages.UrlsAndNotFound), MemberType = typeof(Pages))]
    public async Task NeverScrollsSideways(string url)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Of(Viewports.Phone) });
        var page = await browser.OpenAsync(context, url);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);

        Assert.True(scrollWidth <= clientWidth, $"{url} is {scrollWidth} px wide in a {clientWidth} px window.");
    }
}
