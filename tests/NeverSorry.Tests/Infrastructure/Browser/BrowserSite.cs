using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(NeverSorry.Tests.Infrastructure.Browser.BrowserSite))]

namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>
/// The real site on Kestrel on a loopback port and one headless Chromium, shared by every browser test.
/// Both start on first use, so a run without browser tests never launches them; each test gets its own
/// browser context (its own viewport, colour scheme, cookies), so tests stay independent and run in parallel.
/// </summary>
public class BrowserSite : IAsyncDisposable
{
    private readonly Lazy<Task<Started>> _started;

    /// <summary>The repository's real content, with no public address configured.</summary>
    public BrowserSite()
        : this(contentPath: null, baseUrl: null)
    {
    }

    /// <param name="contentPath">Another content folder; the repository's content/ when null.</param>
    /// <param name="baseUrl">The site's public address (<c>Site:BaseUrl</c>); none when null.</param>
    /// <param name="clock">The site's clock, to fix "today"; the system's when null.</param>
    protected BrowserSite(string? contentPath, string? baseUrl, TimeProvider? clock = null) =>
        _started = new(() => StartAsync(contentPath, baseUrl, clock));

    /// <summary>Opens a fresh context on the shared browser; skips the test where Chromium is missing.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        Chromium.SkipUnlessInstalled();
        var started = await _started.Value;
        var context = await started.Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout((float)Patience.Browser.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Patience.Browser.TotalMilliseconds);
        return context;
    }

    /// <summary>The site's address, http://127.0.0.1:port; skips the test where Chromium is missing, as every browser test starts here or above.</summary>
    public async Task<Uri> BaseAddressAsync()
    {
        Chromium.SkipUnlessInstalled();
        return (await _started.Value).BaseAddress;
    }

    /// <summary>Opens a page of the site in the context and waits for it to load; its status must be the expected one.</summary>
    public async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(await BaseAddressAsync(), path).ToString());
        var expected = path == Pages.NotFound ? 404 : 200;
        Assert.True(response?.Status == expected, $"{path} answered {response?.Status}, expected {expected}.");
        return page;
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_started.IsValueCreated && _started.Value.IsCompletedSuccessfully)
        {
            var started = _started.Value.Result;
            await started.Browser.DisposeAsync();
            started.Playwright.Dispose();
            await started.Site.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }

    private static async Task<Started> StartAsync(string? contentPath, string? baseUrl, TimeProvider? clock)
    {
        var site = new KestrelSite(contentPath, baseUrl, clock);
        site.StartServer();
        var address = site.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
        return new Started(site, new Uri(address), playwright, browser);
    }

    private sealed record Started(KestrelSite Site, Uri BaseAddress, IPlaywright Playwright, IBrowser Browser);

    /// <summary>The site as visitors get it (Production), listening on 127.0.0.1 on a port the system picks.</summary>
    private sealed class KestrelSite : SiteFactory
    {
        private readonly string? _baseUrl;

        public KestrelSite(string? contentPath, string? baseUrl, TimeProvider? clock)
            : base(contentPath, environment: "Production", configureServices: clock is null ? null : services => services.Replace(ServiceDescriptor.Singleton(clock)))
        {
            _baseUrl = baseUrl;
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (_baseUrl is not null)
            {
                builder.UseSetting("Site:BaseUrl", _baseUrl);
            }
        }
    }
}
