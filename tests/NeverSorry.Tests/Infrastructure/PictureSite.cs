using Microsoft.Extensions.DependencyInjection;
using NeverSorry.Web.Images;
using NeverSorry.Web.Live;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// The site in memory, with its public address, over a copy of the real content to which generated
/// pictures were added (a lead still, a second still and a poster), and a picture cache of its own.
/// </summary>
public sealed class PictureSite : IAsyncLifetime
{
    private readonly TempContentFolder _content;
    private readonly Lazy<SiteFactory> _site;

    private readonly IReadOnlyDictionary<string, string> _settings;

    public PictureSite()
        : this(new Dictionary<string, string>())
    {
    }

    private PictureSite(IReadOnlyDictionary<string, string> settings)
    {
        _content = TempContentFolder.CopyOfReal().WithStillsAndPoster();
        CachePath = Directory.CreateTempSubdirectory("neversorry-pictures-").FullName;
        _settings = settings;
        _site = new(() => NewSite());
    }

    /// <summary>A picture site with more configuration than the public address and the cache, e.g. a lowered limit.</summary>
    public static PictureSite With(IReadOnlyDictionary<string, string> settings) => new(settings);

    public string ContentPath => _content.Path;

    public string CachePath { get; }

    public SiteFactory Site => _site.Value;

    /// <summary>Another instance over the same content and cache, as after a restart.</summary>
    public SiteFactory NewSite() => new(_content.Path, settings: new Dictionary<string, string>(_settings)
    {
        ["Site:BaseUrl"] = PublicSite.BaseUrl,
        ["Pictures:CachePath"] = CachePath,
    });

    /// <summary>A client once every picture file is made: the pages then show all they will.</summary>
    public async Task<HttpClient> SettledClientAsync()
    {
        var client = Site.CreatePlainClient();
        await WaitUntilSettledAsync(Site);
        return client;
    }

    public static async Task WaitUntilSettledAsync(SiteFactory site)
    {
        using var timeout = new CancellationTokenSource(Patience.Answer);
        await site.Services.GetRequiredService<PictureWorker>().WaitUntilSettledAsync(timeout.Token);
    }

    public static PictureSet PicturesOf(SiteFactory site) => site.Services.GetRequiredService<IContentStore>().Current.Pictures;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_site.IsValueCreated)
        {
            await _site.Value.DisposeAsync();
        }
        _content.Dispose();
        Directory.Delete(CachePath, recursive: true);
    }
}
