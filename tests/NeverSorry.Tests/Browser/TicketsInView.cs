using Microsoft.Playwright;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>Engagements showing and coming, with their cities, addresses and ticket links: accessible, and on a phone in view without scrolling sideways.</summary>
[Collection(BrowserTier.Name)]
public sealed class TicketsInView(TicketsBrowserSite browser)
{
    public static TheoryData<string, int> PagesWithTickets => new()
    {
        { Pages.Home, Viewports.Phone },
        { Pages.Home, Viewports.Desktop },
        { Pages.TheatricalRun, Viewports.Phone },
        { Pages.TheatricalRun, Viewports.Desktop },
    };

    [Theory]
    [MemberData(nameof(PagesWithTickets))]
    public async Task FindsNoAccessibilityViolation(string url, int width)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Of(width) });
        var page = await browser.OpenAsync(context, url);

        await Axe.AssertNoViolationsAsync(page, $"{url} with tickets at {width} px");
    }

    [Theory]
    [InlineData(Pages.Home)]
    [InlineData(Pages.TheatricalRun)]
    public async Task OnAPhoneEveryTicketLinkIsWithinTheWindowsWidth(string url)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Of(Viewports.Phone) });
        var page = await browser.OpenAsync(context, url);

        var rights = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('main a.tickets')].map(a => a.getBoundingClientRect().right)");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        Assert.Equal(2, rights.Length);
        Assert.All(rights, right => Assert.True(right <= Viewports.Phone, $"A ticket link on {url} ends at {right} px, beyond the {Viewports.Phone} px window."));
        Assert.True(widths[0] <= widths[1], $"{url} is {widths[0]} px wide in a {widths[1]} px window.");
    }
}
