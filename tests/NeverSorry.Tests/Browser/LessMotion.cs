using Microsoft.Playwright;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>Visitors who ask their system for less motion get a page where nothing animates or glides.</summary>
[Collection(BrowserTier.Name)]
public sealed class LessMotion(BrowserSite browser)
{
    [Theory]
    [MemberData(nameof(Pages.UrlsAndNotFound), MemberType = typeof(Pages))]
    public async Task NothingMovesOnAnyPage(string url)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        var page = await browser.OpenAsync(context, url);

        Assert.Empty(await page.EvaluateAsync<string[]>(Motion.Script));
    }

    [Fact]
    public async Task TheCheckSeesTheMotionOthersGet()
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ReducedMotion = ReducedMotion.NoPreference });
        var page = await browser.OpenAsync(context, Pages.Home);

        Assert.NotEmpty(await page.EvaluateAsync<string[]>(Motion.Script));
    }
}
