using Microsoft.Playwright;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>
/// A visitor who sets the browser's text size to 200% (WCAG 1.4.4) gets every page at twice the size with
/// nothing lost: no sideways scrolling and no text pushed out of view or cut off by its box.
/// </summary>
[Collection(BrowserTier.Name)]
public sealed class TextResize(BrowserSite browser)
{
    /// <summary>Chromium's default text size, in px; the visitor's setting doubles it.</summary>
    private const int DefaultTextSize = 16;

    [Theory]
    [MemberData(nameof(Viewports.PagesAtBothWidths), MemberType = typeof(Viewports))]
    public async Task LosesNothingAtTwiceTheTextSize(string url, int width)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Of(width) });
        var normal = await BodyTextSizeAsync(await browser.OpenAsync(context, url));

        var page = await context.NewPageAsync();
        // The browser's own text-size setting, as a visitor changes it, not a zoom of the whole page.
        var devTools = await context.NewCDPSessionAsync(page);
        await devTools.SendAsync("Page.setFontSizes", new Dictionary<string, object>
        {
            ["fontSizes"] = new Dictionary<string, object> { ["standard"] = 2 * DefaultTextSize, ["fixed"] = 2 * 13 },
        });
        await page.GotoAsync(new Uri(await browser.BaseAddressAsync(), url).ToString());

        var doubled = await BodyTextSizeAsync(page);
        Assert.True(doubled >= 1.9 * normal, $"{url} at {width} px: the text grew from {normal} px to {doubled} px only; a size fixed in px ignores the visitor's setting.");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{url} at {width} px with 200% text is {widths[0]} px wide in a {widths[1]} px window.");
        var lost = await page.EvaluateAsync<string[]>(LostTextScript);
        Assert.True(lost.Length == 0, $"{url} at {width} px with 200% text loses: {string.Join("; ", lost)}");
    }

    private static Task<double> BodyTextSizeAsync(IPage page) =>
        page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)");

    /// <summary>
    /// Every visible run of text that reaches past the window's edges, and every box that cuts its content
    /// off (overflow hidden or clip with more inside than shows). Text inside a region that scrolls by itself
    /// is reachable (the engagements table, a data table, scrolls in its own focusable region, as WCAG's
    /// reflow rule allows); the skip link is hidden off-screen on purpose until it has focus.
    /// </summary>
    private const string LostTextScript = """
        () => {
          const width = document.documentElement.clientWidth;
          const scrolls = element => /auto|scroll/.test(getComputedStyle(element).overflowX);
          const inScrollingRegion = element => {
            for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
              if (scrolls(e)) return true;
            }
            return false;
          };
          const lost = [];
          for (const element of document.querySelectorAll('body *')) {
            if (element.closest('.skip-link, svg, script, style') || inScrollingRegion(element)) continue;
            const style = getComputedStyle(element);
            if (style.display === 'none' || style.visibility === 'hidden') continue;
            // Words for screen readers only (the site's visually-hidden pattern) are clipped to nothing on purpose.
            if (style.clipPath === 'inset(50%)') continue;
            const name = `${element.tagName.toLowerCase()}${element.className ? '.' + element.className : ''} "${element.textContent.trim().slice(0, 40)}"`;
            for (const node of element.childNodes) {
              if (node.nodeType !== Node.TEXT_NODE || node.textContent.trim() === '') continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              const box = range.getBoundingClientRect();
              if (box.width > 0 && (box.left < -1 || box.right > width + 1)) {
                lost.push(`${name}: its text reaches ${Math.round(box.left)}..${Math.round(box.right)} px`);
              }
            }
            const clips = /hidden|clip/.test(style.overflowX + style.overflowY);
            if (clips && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) {
              lost.push(`${name} cuts off its content`);
            }
          }
          return lost;
        }
        """;
}
