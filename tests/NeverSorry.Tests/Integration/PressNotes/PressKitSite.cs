using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.PressNotes;

/// <summary>The site in memory over the real content with test pictures and a made-up press kit, with a picture cache of its own.</summary>
public sealed class PressKitSite : IAsyncLifetime
{
    private readonly List<SiteFactory> _sites = [];

    public PressKitSite()
        : this(withPictures: true)
    {
    }

    private PressKitSite(bool withPictures)
    {
        Content = withPictures ? TempContentFolder.CopyOfReal().WithStillsAndPoster().WithPressKit() : TempContentFolder.CopyOfReal();
        Site = NewSite();
    }

    /// <summary>The repository's content as it is: no pictures, no press.json.</summary>
    public static PressKitSite WithoutPictures() => new(withPictures: false);

    public TempContentFolder Content { get; }

    public string CachePath { get; } = Directory.CreateTempSubdirectory("neversorry-notes-cache-").FullName;

    public SiteFactory Site { get; }

    /// <summary>Another instance over the same content and cache, as after a restart.</summary>
    public SiteFactory NewSite()
    {
        var site = new SiteFactory(Content.Path, settings: new Dictionary<string, string>
        {
            ["Site:BaseUrl"] = PublicSite.BaseUrl,
            ["Pictures:CachePath"] = CachePath,
        });
        _sites.Add(site);
        return site;
    }

    public static async Task<HttpClient> SettledClientAsync(SiteFactory site)
    {
        var client = site.CreatePlainClient();
        await PictureSite.WaitUntilSettledAsync(site);
        return client;
    }

    /// <summary>The press notes' files in the cache.</summary>
    public IReadOnlyList<FileInfo> CachedNotes => [.. new DirectoryInfo(CachePath).GetFiles("press-notes.*.pdf")];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var site in _sites)
        {
            await site.DisposeAsync();
        }
        Content.Dispose();
        Directory.Delete(CachePath, recursive: true);
    }
}
