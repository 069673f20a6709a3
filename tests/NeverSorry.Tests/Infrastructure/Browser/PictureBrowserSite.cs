[assembly: AssemblyFixture(typeof(NeverSorry.Tests.Infrastructure.Browser.PictureBrowserSite))]

namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>
/// The site in Chromium once staff have added pictures (generated ones: a lead still, a second still and a
/// poster) and the site has its public address. Started on first use, like <see cref="BrowserSite"/>.
/// </summary>
public sealed class PictureBrowserSite : BrowserSite
{
    private readonly TempContentFolder _content;

    public PictureBrowserSite()
        : this(TempContentFolder.CopyOfReal().WithStillsAndPoster())
    {
    }

    private PictureBrowserSite(TempContentFolder content)
        : base(content.Path, PublicSite.BaseUrl) => _content = content;

    /// <summary>Waits until the pages offer every format (the background work is done), then gives the site's address.</summary>
    public async Task<Uri> SettledAddressAsync()
    {
        var address = await BaseAddressAsync();
        using var client = new HttpClient { BaseAddress = address };
        var home = await Eventually.AnswerAsync(
            () => client.GetStringAsync(Pages.Home, TestContext.Current.CancellationToken),
            html => html.Contains("image/avif", StringComparison.Ordinal) && html.Contains("-still-1.", StringComparison.Ordinal));
        Assert.Contains("image/avif", home, StringComparison.Ordinal);
        return address;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _content.Dispose();
    }
}
