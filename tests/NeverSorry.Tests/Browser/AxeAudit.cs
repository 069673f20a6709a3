using Microsoft.Playwright;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>axe-core's WCAG 2.0/2.1/2.2 A and AA rules and best practices over every page, in Chromium.</summary>
[Collection(BrowserTier.Name)]
public sealed class AxeAudit(BrowserSite browser)
{
    [Theory]
    [MemberData(nameof(Viewports.PagesAtBothWidths), MemberType = typeof(Viewports))]
    public async Task FindsNoViolation(string url, int width)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Of(width) });
        var page = await browser.OpenAsync(context, url);

        await Axe.AssertNoViolationsAsync(page, $"{url} at {width} px");
    }
}
