using NeverSorry.Content.Model;

[assembly: AssemblyFixture(typeof(NeverSorry.Tests.Infrastructure.Browser.TrailerBrowserSite))]

namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>
/// The site in Chromium as it will be once the content has a trailer (a clearly fake YouTube id) and the
/// site its public address: the real content gives neither. Started on first use, like <see cref="BrowserSite"/>.
/// </summary>
public sealed class TrailerBrowserSite : BrowserSite
{
    public const string YoutubeId = "AAAAAAAAAAA";

    private readonly TempContentFolder _content;

    public TrailerBrowserSite()
        : this(TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(trailer: $$"""{ "youtubeId": "{{YoutubeId}}" }""")))
    {
    }

    private TrailerBrowserSite(TempContentFolder content)
        : base(content.Path, PublicSite.BaseUrl) => _content = content;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _content.Dispose();
    }
}
