using Microsoft.Extensions.DependencyInjection;
using NeverSorry.Web.Live;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>The site in memory over <see cref="PressContent"/>, with its public address and a picture cache of its own.</summary>
public sealed class PressSite : IAsyncLifetime
{
    private readonly TempContentFolder _content = TempContentFolder.CopyOfReal().WithPressKit();
    private readonly string _cache = Directory.CreateTempSubdirectory("neversorry-press-").FullName;
    private readonly Lazy<SiteFactory> _site;

    public PressSite() => _site = new(() => new SiteFactory(_content.Path, settings: new Dictionary<string, string>
    {
        ["Site:BaseUrl"] = PublicSite.BaseUrl,
        ["Pictures:CachePath"] = _cache,
    }));

    /// <summary>A client once every picture file (and so the ZIP) is made.</summary>
    public async Task<HttpClient> SettledClientAsync()
    {
        var client = _site.Value.CreatePlainClient();
        using var timeout = new CancellationTokenSource(Patience.Answer);
        await _site.Value.Services.GetRequiredService<PictureWorker>().WaitUntilSettledAsync(timeout.Token);
        return client;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_site.IsValueCreated)
        {
            await _site.Value.DisposeAsync();
        }
        _content.Dispose();
        Directory.Delete(_cache, recursive: true);
    }
}
