[assembly: AssemblyFixture(typeof(NeverSorry.Tests.Infrastructure.Browser.PressBrowserSite))]

namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>
/// /press in Chromium with a press kit at its fullest (<see cref="PressContent"/>: contacts, quotes, bios, a portrait
/// poster and two landscape stills) and the site's public address. Started on first use, like <see cref="BrowserSite"/>.
/// </summary>
public sealed class PressBrowserSite : BrowserSite
{
    private readonly TempContentFolder _content;

    public PressBrowserSite()
        : this(TempContentFolder.CopyOfReal().WithPressKit())
    {
    }

    private PressBrowserSite(TempContentFolder content)
        : base(content.Path, PublicSite.BaseUrl) => _content = content;

    /// <summary>The site's address once /press offers the ZIP and shows all three pictures.</summary>
    public async Task<Uri> SettledAddressAsync()
    {
        var address = await BaseAddressAsync();
        using var client = new HttpClient { BaseAddress = address };
        var press = await Eventually.AnswerAsync(
            () => client.GetStringAsync(Pages.Press, TestContext.Current.CancellationToken),
            html => IsSettled(Html.Parse(html)));
        Assert.True(IsSettled(Html.Parse(press)), "/press never offered the ZIP and all three pictures.");
        return address;
    }

    private static bool IsSettled(AngleSharp.Html.Dom.IHtmlDocument press) =>
        press.QuerySelector(".kit a[href='/pictures/stills.zip']") is not null && press.QuerySelectorAll(".gallery picture").Length == 3;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _content.Dispose();
    }
}
