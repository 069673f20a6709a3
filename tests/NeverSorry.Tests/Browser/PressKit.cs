using Microsoft.Playwright;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>
/// Issue 24's acceptance for /press with a full press kit: the ZIP, the press notes and the contact in the first
/// screen of a small phone and of a desktop; nothing scrolls sideways; axe finds nothing; the gallery leaves no
/// hole beside the portrait poster; the copy button copies "caption — credit".
/// </summary>
[Collection(BrowserTier.Name)]
public sealed class PressKit(PressBrowserSite browser)
{
    /// <summary>A desktop window, and the smallest common phone screen (375 × 667) rather than the suite's 812 px tall one.</summary>
    public static TheoryData<int, int> Screens => new() { { Viewports.Phone, 667 }, { Viewports.Desktop, 800 } };

    public static TheoryData<int> Widths => [Viewports.Phone, Viewports.Desktop];

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task TheDownloadsAndTheContactAreInTheFirstScreen(int width, int height)
    {
        var (page, context) = await OpenAsync(new ViewportSize { Width = width, Height = height });
        await using var _ = context;
        var what = $"at {width} × {height} px";

        await AssertInFirstScreenAsync(page.Locator(".kit a[href='/pictures/stills.zip']"), height, $"the ZIP {what}");
        Assert.Matches(@"^Download all 3 pictures \(ZIP, \d+\.\d MB\)$", Html.Normalize(await page.Locator(".kit a[href='/pictures/stills.zip']").InnerTextAsync()));
        await AssertInFirstScreenAsync(page.Locator(".kit a[href='/pictures/press-notes.pdf']"), height, $"the press notes {what}");
        await AssertInFirstScreenAsync(page.Locator(".kit .contact").GetByText(PressContent.ContactName), height, $"the contact's name {what}");
        await AssertInFirstScreenAsync(page.Locator($".kit a[href='mailto:{PressContent.ContactEmail}']"), height, $"the contact's email {what}");
        await AssertInFirstScreenAsync(page.Locator($".kit a[href='{PressContent.ContactTel}']"), height, $"the contact's phone {what}");

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"/press {what} is {widths[0]} px wide in a {widths[1]} px window.");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task PassesAxeWithItsCopyButtonsInBothSchemes(int width)
    {
        var (page, context) = await OpenAsync(Viewports.Of(width));
        await using var _ = context;
        await page.Locator(".copy-caption").First.WaitForAsync();

        await Axe.AssertNoViolationsAsync(page, $"/press with a press kit at {width} px");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await Axe.AssertNoViolationsOfRuleAsync(page, "color-contrast", $"/press with a press kit at {width} px in the dark scheme");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task TheGalleryLeavesNoHoleBesideThePortraitPoster(int width)
    {
        var (page, context) = await OpenAsync(Viewports.Of(width));
        await using var _ = context;

        // Each picture's box (its list item), and how many columns the gallery has.
        var boxes = await page.Locator(".gallery > li").EvaluateAllAsync<double[][]>(
            "items => items.map(li => { const r = li.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })");
        Assert.Equal(3, boxes.Length);
        var columns = boxes.GroupBy(b => Math.Round(b[0])).ToList();
        Assert.Equal(width == Viewports.Phone ? 1 : 2, columns.Count);
        // No hole: the columns end within less than the smallest picture of each other, so none could have held one more.
        var smallest = boxes.Min(b => b[3] - b[1]);
        var bottoms = columns.Select(c => c.Max(b => b[3])).ToList();
        Assert.True(bottoms.Max() - bottoms.Min() < smallest,
            $"At {width} px the gallery's columns end at {string.Join(" and ", bottoms)} px: a hole of {bottoms.Max() - bottoms.Min()} px, room for a picture of {smallest} px.");
        // And no two pictures overlap.
        foreach (var (a, i) in boxes.Select((b, i) => (b, i)))
        {
            foreach (var b in boxes.Skip(i + 1))
            {
                Assert.False(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], $"Two pictures overlap at {width} px.");
            }
        }
    }

    [Fact]
    public async Task TheCopyButtonCopiesTheCaptionAndCredit()
    {
        var address = await browser.SettledAddressAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Of(Viewports.Desktop) });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = address.GetLeftPart(UriPartial.Authority) });
        var page = await browser.OpenAsync(context, Pages.Press);
        var figure = page.Locator(".gallery figure").Filter(new() { HasText = PressContent.SecondStillCaption });

        await figure.GetByRole(AriaRole.Button, new() { Name = "Copy caption and credit", Exact = true }).ClickAsync();

        await Microsoft.Playwright.Assertions.Expect(figure.GetByRole(AriaRole.Status)).ToHaveTextAsync("Copied");
        Assert.Equal($"{PressContent.SecondStillCaption} — {PressContent.SecondStillCredit}", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task PrintedTheContactAndTheFactsAreOnPageOne()
    {
        // An A4 page less the site's print margins (18 × 16 mm) at 96 px to the inch: 673 × 986 px.
        var (page, context) = await OpenAsync(new ViewportSize { Width = 673, Height = 986 });
        await using var _ = context;
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await AssertInFirstScreenAsync(page.Locator($".kit a[href='mailto:{PressContent.ContactEmail}']"), 986, "the printed contact");
        await AssertInFirstScreenAsync(page.Locator("#factsheet-title ~ dl.facts").Last, 986, "the printed facts");
        Assert.Contains($"{PublicSite.BaseUrl}/pictures/stills.zip", await page.Locator(".kit a[href='/pictures/stills.zip']").EvaluateAsync<string>("a => getComputedStyle(a, '::after').content"), StringComparison.Ordinal);
        foreach (var selector in (string[])[".site-header nav", ".kit__toc", ".copy-caption"])
        {
            Assert.True(await page.Locator(selector).CountAsync() > 0, $"Nothing matches {selector}: the test checks nothing.");
            Assert.False(await page.Locator(selector).First.IsVisibleAsync(), $"{selector} prints.");
        }
    }

    /// <summary>/press once its pictures are made, its script run.</summary>
    private async Task<(IPage Page, IBrowserContext Context)> OpenAsync(ViewportSize viewport)
    {
        await browser.SettledAddressAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport });
        var page = await browser.OpenAsync(context, Pages.Press);
        await page.EvaluateAsync("() => document.fonts.ready");
        return (page, context);
    }

    private static async Task AssertInFirstScreenAsync(ILocator element, int height, string what)
    {
        // Counted first: a missing element fails at once, rather than after the browser's patience.
        Assert.True(await element.CountAsync() > 0, $"{what} is not on the page.");
        var box = await element.BoundingBoxAsync();
        Assert.True(box is not null, $"{what} is not shown.");
        Assert.True(box.Y >= 0 && box.Y + box.Height <= height, $"{what} is at {box.Y}–{box.Y + box.Height} px, outside the first {height} px.");
    }
}
