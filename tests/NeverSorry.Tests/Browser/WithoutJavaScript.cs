using Microsoft.Playwright;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>With JavaScript off, every page still shows its heading and its content.</summary>
[Collection(BrowserTier.Name)]
public sealed class WithoutJavaScript(BrowserSite browser)
{
    [Theory]
    [MemberData(nameof(Pages.UrlsAndNotFound), MemberType = typeof(Pages))]
    public async Task ShowsTheHeadingAndMainContent(string url)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await browser.OpenAsync(context, url);

        var heading = page.Locator("main h1");
        var firstParagraph = page.Locator("main p").First;

        Assert.True(await heading.IsVisibleAsync(), $"{url} shows no h1 without JavaScript.");
        Assert.NotEmpty((await heading.InnerTextAsync()).Trim());
        Assert.True(await firstParagraph.IsVisibleAsync(), $"{url} shows no text under its heading without JavaScript.");
        Assert.NotEmpty((await firstParagraph.InnerTextAsync()).Trim());
    }
}
