using Microsoft.Playwright;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>The site follows the visitor's colour scheme; both palettes must meet AA contrast.</summary>
[Collection(BrowserTier.Name)]
public sealed class ColorContrast(BrowserSite browser)
{
    [Theory]
    [MemberData(nameof(Pages.UrlsAndNotFound), MemberType = typeof(Pages))]
    public async Task MeetsAxeColorContrastInLightAndDarkSchemes(string url)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Of(Viewports.Desktop) });
        var page = await browser.OpenAsync(context, url);

        foreach (var scheme in (ColorScheme[])[ColorScheme.Light, ColorScheme.Dark])
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            var paper = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

            await Axe.AssertNoViolationsOfRuleAsync(page, "color-contrast", $"{url} in the {scheme} scheme (background {paper})");
        }
    }

    [Fact]
    public async Task TheDarkSchemeChangesThePalette()
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, Pages.Home);

        var light = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        var dark = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

        Assert.NotEqual(light, dark);
    }
}
