using Microsoft.Playwright;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>
/// On paper a page is its content: no navigation, skip link, trailer or footer colophon, and a line that
/// says where the page lives online.
/// </summary>
[Collection(BrowserTier.Name)]
public sealed class Print(BrowserSite browser, TrailerBrowserSite withTrailer)
{
    private const string AddressLine = "This page online:";

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task LeavesOutTheChromeAndPrintsThePath(string url)
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, url);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await AssertHiddenAsync(page, "nav", ".skip-link", ".site-footer__colophon");
        Assert.True(await page.Locator("main h1").IsVisibleAsync(), $"{url} prints no heading.");
        // Without a configured public address the site knows only the path; it never trusts the Host header.
        Assert.Equal($"{AddressLine} {url}", await VisibleTextAsync(page.Locator(".print-only")));
    }

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task TheAddressLineIsForPaperOnly(string url)
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, url);

        Assert.False(await page.GetByText(AddressLine).IsVisibleAsync(), $"{url} shows its print-only address on screen.");
    }

    [Fact]
    public async Task TheStatementPrintsSignedWithItsPublicAddress()
    {
        await using var context = await withTrailer.NewContextAsync();
        var page = await withTrailer.OpenAsync(context, Pages.DirectorsStatement);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.True(await page.Locator("main .prose p").First.IsVisibleAsync(), "The statement's text does not print.");
        Assert.True(await page.Locator("main .signature").IsVisibleAsync(), "The statement's signature does not print.");
        Assert.Equal($"{AddressLine} {PublicSite.BaseUrl}{Pages.DirectorsStatement}", await VisibleTextAsync(page.Locator(".print-only")));

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.True(pdf.Length > 1000 && pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8), $"Printing to PDF gave {pdf.Length} bytes, not a PDF document.");
    }

    [Fact]
    public async Task TheFactSheetPrintsWithItsPublicAddress()
    {
        await using var context = await withTrailer.NewContextAsync();
        var page = await withTrailer.OpenAsync(context, Pages.Press);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.True(await page.Locator("main dl.facts").First.IsVisibleAsync(), "The fact sheet does not print.");
        Assert.Equal($"{AddressLine} {PublicSite.BaseUrl}{Pages.Press}", await VisibleTextAsync(page.Locator(".print-only")));
    }

    [Fact]
    public async Task TheTrailerDoesNotPrint()
    {
        await using var context = await withTrailer.NewContextAsync();
        var page = await withTrailer.OpenAsync(context, Pages.Home);
        var trailer = page.Locator("section.trailer");
        await trailer.GetByRole(AriaRole.Button).WaitForAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await AssertHiddenAsync(page, "section.trailer", "nav", ".site-footer__colophon");
        Assert.True(await page.Locator("main h1").IsVisibleAsync());
        Assert.Equal($"{AddressLine} {PublicSite.BaseUrl}/", await VisibleTextAsync(page.Locator(".print-only")));
    }

    private static async Task AssertHiddenAsync(IPage page, params string[] selectors)
    {
        foreach (var selector in selectors)
        {
            Assert.True(await page.Locator(selector).CountAsync() > 0, $"Nothing matches {selector}: the test checks nothing.");
            Assert.False(await page.Locator(selector).First.IsVisibleAsync(), $"{selector} prints.");
        }
    }

    private static async Task<string> VisibleTextAsync(ILocator locator)
    {
        Assert.True(await locator.IsVisibleAsync(), "The page's address does not print.");
        return Html.Normalize(await locator.InnerTextAsync());
    }
}
