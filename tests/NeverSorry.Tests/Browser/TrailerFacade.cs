using System.Collections.Concurrent;
using System.Web;
using Microsoft.Playwright;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>
/// The trailer waits for a click: until the visitor presses "Play the trailer" the page asks YouTube for
/// nothing; the press loads the privacy-enhanced player with captions on. Without JavaScript it is a link.
/// </summary>
[Collection(BrowserTier.Name)]
public sealed class TrailerFacade(TrailerBrowserSite browser)
{
    private const string ButtonName = "Play the trailer";

    [Fact]
    public async Task NothingLeavesTheSiteUntilThePressThenOnlyThePrivacyEnhancedPlayer()
    {
        var site = await browser.BaseAddressAsync();
        await using var context = await browser.NewContextAsync();
        var traffic = await ThirdParty.RecordAsync(context, site);
        var page = await context.NewPageAsync();
        var console = new ConcurrentQueue<string>();
        page.Console += (_, message) => console.Enqueue(message.Text);

        await page.GotoAsync(new Uri(site, Pages.Home).ToString());
        var button = page.GetByRole(AriaRole.Button, new() { Name = ButtonName, Exact = true });
        await button.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(traffic.Outside);
        Assert.Equal(0, await page.Locator("iframe, video").CountAsync());

        var playerRequest = await page.RunAndWaitForRequestAsync(() => button.ClickAsync(), request => new Uri(request.Url).Host == ThirdParty.PlayerHost);

        var player = new Uri(playerRequest.Url);
        Assert.Equal($"/embed/{TrailerBrowserSite.YoutubeId}", player.AbsolutePath);
        var query = HttpUtility.ParseQueryString(player.Query);
        Assert.Equal("1", query["cc_load_policy"]);
        Assert.Equal("1", query["autoplay"]);
        var frame = page.Locator("iframe");
        Assert.Equal(playerRequest.Url, await frame.GetAttributeAsync("src"));
        Assert.False(string.IsNullOrWhiteSpace(await frame.GetAttributeAsync("title")), "The player's frame needs a title for screen readers.");
        Assert.Equal("IFRAME", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
        Assert.All(traffic.Outside, request => Assert.Equal(ThirdParty.PlayerHost, request.Host));
        // Chromium reports a blocked frame, script or style as "Refused to … Content Security Policy", and a
        // feature the player was denied as a "Permissions policy violation".
        Assert.DoesNotContain(console, text => text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
            || text.Contains("policy violation", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task IsARealButtonWithANameAndRoomForAFinger()
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Of(Viewports.Phone) });
        var page = await browser.OpenAsync(context, Pages.Home);

        var button = page.GetByRole(AriaRole.Button, new() { Name = ButtonName, Exact = true });

        Assert.Equal(("BUTTON", "button", null), (await button.EvaluateAsync<string>("b => b.tagName"), await button.GetAttributeAsync("type"), await button.GetAttributeAsync("title")));
        var box = await button.BoundingBoxAsync();
        Assert.True(box is { Width: >= 24, Height: >= 24 }, $"The button is {box?.Width}×{box?.Height} px; WCAG 2.5.8 asks for 24×24 at least.");
    }

    [Fact]
    public async Task TheKeyboardPlaysIt()
    {
        await using var context = await browser.NewContextAsync();
        await ThirdParty.RecordAsync(context, await browser.BaseAddressAsync());
        var page = await browser.OpenAsync(context, Pages.Home);

        await page.GetByRole(AriaRole.Button, new() { Name = ButtonName, Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.Locator($"iframe[src*='{ThirdParty.PlayerHost}']").WaitForAsync();
    }

    [Fact]
    public async Task WithoutJavaScriptIsALinkToTheVideo()
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await browser.OpenAsync(context, Pages.Home);

        var link = page.GetByRole(AriaRole.Link, new() { Name = "Watch the trailer on YouTube", Exact = true });

        Assert.Equal($"https://www.youtube.com/watch?v={TrailerBrowserSite.YoutubeId}", await link.GetAttributeAsync("href"));
        Assert.True(await link.IsVisibleAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button).CountAsync());
    }

    [Theory]
    [InlineData(Viewports.Phone)]
    [InlineData(Viewports.Desktop)]
    public async Task AxeFindsNoViolationBeforeThePress(int width)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Of(width) });
        var page = await browser.OpenAsync(context, Pages.Home);
        await page.GetByRole(AriaRole.Button, new() { Name = ButtonName, Exact = true }).WaitForAsync();

        await Axe.AssertNoViolationsAsync(page, $"the home page with a trailer at {width} px");
    }

    [Fact]
    public async Task NothingMovesByItselfForVisitorsWhoAskForLessMotion()
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        var page = await browser.OpenAsync(context, Pages.Home);
        await page.GetByRole(AriaRole.Button, new() { Name = ButtonName, Exact = true }).WaitForAsync();

        var moving = await page.EvaluateAsync<string[]>(Motion.Script);

        Assert.Empty(moving);
    }
}
