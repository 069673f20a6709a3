using Microsoft.Playwright;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>
/// The run's timeline with the 2012 run, the 2012 run plus a 2026 engagement, and one single-day screening, at
/// a phone's and a desktop's width: every label and bar inside the picture, nothing scrolling sideways, axe clean.
/// </summary>
[Collection(BrowserTier.Name)]
public sealed class TimelineSpreads(BrowserSite real, ReReleaseBrowserSite reRelease, OneDayBrowserSite oneDay)
{
    public static TheoryData<string, int> SpreadsAtBothWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var spread in (string[])["2012 run", "2012 run and 2026", "one day"])
        {
            data.Add(spread, Viewports.Phone);
            data.Add(spread, Viewports.Desktop);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SpreadsAtBothWidths))]
    public async Task DrawsEveryLabelInsideThePicture(string spread, int width)
    {
        var site = Site(spread);
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Of(width) });
        var page = await site.OpenAsync(context, Pages.TheatricalRun);

        var outside = await page.EvaluateAsync<string[]>("""
            () => {
              const svg = document.querySelector('figure.timeline svg').getBoundingClientRect();
              return [...document.querySelectorAll('figure.timeline svg text, figure.timeline svg rect')]
                .filter(e => { const r = e.getBoundingClientRect(); return r.left < svg.left - 1 || r.right > svg.right + 1 || r.top < svg.top - 1 || r.bottom > svg.bottom + 1; })
                .map(e => e.textContent || 'a bar');
            }
            """);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        Assert.True(outside.Length == 0, $"{spread} at {width} px: outside the picture: {string.Join(", ", outside)}");
        Assert.True(widths[0] <= widths[1], $"{spread} at {width} px: the page is {widths[0]} px wide in a {widths[1]} px window.");
        await Axe.AssertNoViolationsAsync(page, $"{spread} at {width} px");
    }

    private BrowserSite Site(string spread) => spread switch
    {
        "2012 run" => real,
        "2012 run and 2026" => reRelease,
        _ => oneDay,
    };
}
