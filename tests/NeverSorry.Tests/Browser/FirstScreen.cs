using Microsoft.Playwright;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>
/// Issue 23's acceptance, at a phone's and a desktop's size, with a lead still, a poster alone, and without any picture: the
/// home page's first screen holds the title, the laurels and a ticket action; the header keeps one line, and a phone
/// shows the title once on its first screen; nothing scrolls sideways, nothing shifts as the still and the font arrive,
/// and axe finds nothing.
/// </summary>
[Collection(BrowserTier.Name)]
public sealed class FirstScreen(FirstScreenBrowserSite withStill, NoPictureBrowserSite withoutPicture, PosterBrowserSite withPoster)
{
    private const string Title = "Ai Weiwei: Never Sorry";

    public static TheoryData<FirstScreenSite.Lead, int> Screens => new()
    {
        { FirstScreenSite.Lead.Still, Viewports.Phone },
        { FirstScreenSite.Lead.Still, Viewports.Desktop },
        { FirstScreenSite.Lead.None, Viewports.Phone },
        { FirstScreenSite.Lead.None, Viewports.Desktop },
        { FirstScreenSite.Lead.Poster, Viewports.Phone },
        { FirstScreenSite.Lead.Poster, Viewports.Desktop },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task HoldsTheTitleTheLaurelsAndTheTicketsWithoutScrolling(FirstScreenSite.Lead lead, int width)
    {
        var (page, context) = await OpenAsync(lead, width);
        await using var _ = context;
        var viewport = Viewports.Of(width);
        var what = $"led by {lead} at {width} px";

        await AssertInFirstViewportAsync(page.Locator("main h1"), viewport, $"the title {what}");
        Assert.Equal($"{Title} (2012)", Normalize(await page.Locator("main h1").TextContentAsync() ?? ""));
        await AssertInFirstViewportAsync(page.Locator(".hero .laurels [role='img']").First, viewport, $"the first laurel {what}");
        Assert.Equal("Official Selection, Sundance Film Festival 2012", await page.Locator(".hero .laurels [role='img']").First.GetAttributeAsync("aria-label"));
        var tickets = page.Locator(".hero a.button--primary");
        await AssertInFirstViewportAsync(tickets, viewport, $"the ticket action {what}");
        Assert.Equal("Tickets at IFC Center", Normalize(await tickets.TextContentAsync() ?? ""));
        Assert.Equal(FirstScreenSite.Tickets, await tickets.GetAttributeAsync("href"));
        if (lead == FirstScreenSite.Lead.Still)
        {
            // Full-bleed: the still spans the window.
            var box = (await page.Locator(".hero__picture img").BoundingBoxAsync())!;
            Assert.Equal(await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"), box.Width, 1.0);
            Assert.Equal(0, box.X, 1.0);
        }

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The home page {what} is {widths[0]} px wide in a {widths[1]} px window.");

        // One line: the navigation no taller than one of its links, the header's row no taller than its tallest item.
        var header = await page.EvaluateAsync<double[]>("""
            () => {
              const visible = [...document.querySelectorAll('.site-header__inner > *, .nav a')].filter(e => e.getClientRects().length > 0);
              const tallest = Math.max(...visible.map(e => e.getBoundingClientRect().height));
              const inner = document.querySelector('.site-header__inner');
              const style = getComputedStyle(inner);
              const row = inner.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
              const nav = document.querySelector('.nav').getBoundingClientRect().height;
              const link = Math.max(...[...document.querySelectorAll('.nav a')].map(a => a.getBoundingClientRect().height));
              return [row, tallest, nav, link];
            }
            """);
        Assert.True(header[0] <= header[1] + 1 && header[2] <= header[3] + 1,
            $"The header {what} wraps: its row is {header[0]} px tall for items of {header[1]} px; the navigation {header[2]} px for links of {header[3]} px.");

        if (width != Viewports.Phone)
        {
            return;
        }
        // On a phone, the title as words on screen once in the whole first screen (the issue found it twice in its first 270 px).
        var seen = await page.EvaluateAsync<int>("""
            ([title, height]) => {
              let count = 0;
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!node.data.includes(title)) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                if ([...range.getClientRects()].some(r => r.width > 0 && r.top < height)) count++;
              }
              return count;
            }
            """, new object[] { Title, viewport.Height });
        Assert.Equal(1, seen);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task LoadsWithoutShiftingAndPassesAxe(FirstScreenSite.Lead lead, int width)
    {
        var (page, context) = await OpenAsync(lead, width);
        await using var _ = context;
        if (lead != FirstScreenSite.Lead.None)
        {
            await page.Locator(".hero__picture img").EvaluateAsync("img => img.decode()");
        }
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.WaitForTimeoutAsync(100);

        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.__shifts"));
        // The display face arrives in time to be used (preloaded from the address the stylesheet names), and only once.
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('600 16px Oswald')"), "The title is not set in Oswald.");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => performance.getEntriesByType('resource').filter(r => r.name.includes('/fonts/')).length"));
        await Axe.AssertNoViolationsAsync(page, $"the home page led by {lead} at {width} px");
    }

    /// <summary>The home page, its pictures slowed as on a slow network, with every layout shift counted from the start (as Lighthouse's CLS).</summary>
    private async Task<(IPage Page, IBrowserContext Context)> OpenAsync(FirstScreenSite.Lead lead, int width)
    {
        FirstScreenSite site = lead switch
        {
            FirstScreenSite.Lead.Still => withStill,
            FirstScreenSite.Lead.Poster => withPoster,
            _ => withoutPicture,
        };
        var address = await site.ReadyAddressAsync();
        var context = await site.NewContextAsync(new() { ViewportSize = Viewports.Of(width) });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync("""
            window.__shifts = 0;
            new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value; })
                .observe({ type: 'layout-shift', buffered: true });
            """);
        await page.RouteAsync("**/pictures/**", async route =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            await route.ContinueAsync();
        });
        await page.GotoAsync(new Uri(address, Pages.Home).ToString(), new() { WaitUntil = WaitUntilState.Load });
        return (page, context);
    }

    private static async Task AssertInFirstViewportAsync(ILocator element, ViewportSize viewport, string what)
    {
        var box = await element.BoundingBoxAsync();
        Assert.True(box is not null, $"{what} is not shown.");
        Assert.True(box.Y >= 0 && box.Y + box.Height <= viewport.Height,
            $"{what} is at {box.Y}–{box.Y + box.Height} px, outside the first {viewport.Height} px.");
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
