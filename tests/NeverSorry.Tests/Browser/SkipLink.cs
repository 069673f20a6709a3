using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>A keyboard visitor's first Tab reaches the skip link, which takes them past the navigation.</summary>
[Collection(BrowserTier.Name)]
public sealed class SkipLink(BrowserSite browser)
{
    [Theory]
    [MemberData(nameof(Pages.UrlsAndNotFound), MemberType = typeof(Pages))]
    public async Task IsTheFirstTabStopAndMovesFocusToMain(string url)
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, url);

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<FocusedElement>(FocusedElement.Script);

        Assert.Equal("A", first.Tag);
        Assert.Equal("Skip to main content", first.Text);
        Assert.True(first.Top >= 0 && first.Width > 0 && first.Height > 0, $"The focused skip link is off screen: top {first.Top}, {first.Width}×{first.Height}.");

        await page.Keyboard.PressAsync("Enter");
        var afterSkip = await page.EvaluateAsync<FocusedElement>(FocusedElement.Script);

        Assert.Equal(("MAIN", "main"), (afterSkip.Tag, afterSkip.Id));
    }
}
