using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>Tabbing through a page reaches every link, and each element Tab reaches shows where focus is.</summary>
[Collection(BrowserTier.Name)]
public sealed class FocusIndicator(BrowserSite browser)
{
    /// <summary>More stops than any page has; a page that never lets focus go would fail rather than hang.</summary>
    private const int MaxTabStops = 100;

    [Theory]
    [MemberData(nameof(Pages.UrlsAndNotFound), MemberType = typeof(Pages))]
    public async Task ShowsOnEveryElementTabReaches(string url)
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, url);
        var links = await page.Locator("a[href]").CountAsync();

        var stops = new List<FocusedElement>();
        for (var i = 0; i < MaxTabStops; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<FocusedElement>(FocusedElement.Script);
            if (focused.Tag == "BODY" || stops.Count > 0 && focused.Path == stops[0].Path)
            {
                break;
            }
            stops.Add(focused);
        }

        Assert.Equal(links, stops.Count(stop => stop.Tag == "A"));
        Assert.All(stops, stop => Assert.True(
            stop.OutlineWidth > 0 || stop.BoxShadow != "none",
            $"{stop.Path} ({stop.Text}) shows no focus: outline {stop.OutlineWidth}px {stop.OutlineStyle}, box-shadow {stop.BoxShadow}."));
    }
}
