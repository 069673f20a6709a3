using Microsoft.Playwright;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>
/// With pictures, in Chromium: the lead still arrives as AVIF, at a size fit for the screen, without moving
/// anything on the page (no layout shift), described by its alt text; the pages stay clean for axe.
/// </summary>
[Collection(BrowserTier.Name)]
public sealed class Pictures(PictureBrowserSite browser)
{
    [Theory]
    [InlineData(Viewports.Phone)]
    [InlineData(Viewports.Desktop)]
    public async Task TheLeadStillLoadsAsAvifWithoutShiftingTheLayout(int width)
    {
        var site = await browser.SettledAddressAsync();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = Viewports.Of(width) });
        var page = await context.NewPageAsync();
        // Every layout shift from the start of the page, as Lighthouse's CLS counts them.
        await page.AddInitScriptAsync("""
            window.__shifts = 0;
            new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value; })
                .observe({ type: 'layout-shift', buffered: true });
            """);

        // The pictures arrive after the text has been painted, as on a slow network: a box without its size would then jump.
        await page.RouteAsync("**/pictures/**", async route =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            await route.ContinueAsync();
        });

        await page.GotoAsync(new Uri(site, Pages.Home).ToString(), new() { WaitUntil = WaitUntilState.Load });
        var img = page.Locator("main picture img").First;
        await img.EvaluateAsync("img => img.decode()");

        var chosen = await img.EvaluateAsync<string>("img => img.currentSrc");
        Assert.EndsWith(".avif", chosen, StringComparison.Ordinal);
        Assert.Equal("A generated test picture: a light disc on a colour field.", await img.GetAttributeAsync("alt"));
        var shown = await img.EvaluateAsync<double>("img => img.getBoundingClientRect().width * devicePixelRatio");
        var chosenWidth = int.Parse(System.Text.RegularExpressions.Regex.Match(chosen, @"-(\d+)\.[0-9a-f]{10}\.avif$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(chosenWidth >= shown, $"The size chosen ({chosenWidth} px) is narrower than the picture's box ({shown} px).");
        await page.WaitForTimeoutAsync(100);
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.__shifts"));
    }

    [Theory]
    [InlineData(Viewports.Phone)]
    [InlineData(700)]
    [InlineData(1000)]
    [InlineData(Viewports.Desktop)]
    public async Task TheGallerySizesSayHowWideThePressPagesPicturesAreShown(int width)
    {
        await browser.SettledAddressAsync();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = Viewports.Of(width) });
        var page = await browser.OpenAsync(context, Pages.Press);

        // The slot the browser reads from `sizes` (the first length whose media matches, measured on a probe) and the box the CSS gives.
        var widths = await page.Locator(".gallery picture").First.EvaluateAsync<double[]>("""
            picture => {
              const img = picture.querySelector('img');
              const sizes = (picture.querySelector('source') ?? img).getAttribute('sizes');
              for (const part of sizes.split(',').map(p => p.trim())) {
                const m = part.match(/^(\(.*?\))\s+(.*)$/);
                if (m && !matchMedia(m[1]).matches) continue;
                const probe = document.createElement('div');
                probe.style.cssText = `position: absolute; width: ${m ? m[2] : part}`;
                document.body.append(probe);
                const slot = probe.getBoundingClientRect().width;
                probe.remove();
                return [slot, img.getBoundingClientRect().width];
              }
            }
            """);

        Assert.True(Math.Abs(widths[0] - widths[1]) <= 2, $"At {width} px the sizes say {widths[0]:0.#} px; the picture is shown {widths[1]:0.#} px wide.");
    }

    [Theory]
    [InlineData(Pages.Home)]
    [InlineData(Pages.Press)]
    public async Task PagesWithPicturesHaveNoAxeViolations(string url)
    {
        await browser.SettledAddressAsync();
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, url);

        await Axe.AssertNoViolationsAsync(page, url);
    }
}
