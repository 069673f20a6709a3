using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(NeverSorry.Tests.Infrastructure.Browser.BrowserSite))]

namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>
/// The real site on Kestrel on a loopback port and one headless Chromium, shared by every browser test.
/// Both start on first use, so a run without browser tests never launches them; each test gets its own
/// browser context (its own viewport, colour scheme, cookies), so tests stay independent and run in parallel.
/// </summary>
public sealed class BrowserSite : IAsyncDisposable
{
    private readonly Lazy<Task<Started>> _started = new(StartAsync);

    /// <summary>Opens a fresh context on the shared browser; skips the test where Chromium is missing.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        Chromium.SkipUnlessInstalled();
        var started = await _started.Value;
        var context = await started.Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        // Generous: a loaded 2-core CI machine runs these beside the rest of the suite; passing tests do not wait.
        context.SetDefaultTimeout(30_000);
        return context;
    }

    /// <summary>The site's address, http://127.0.0.1:port.</summary>
    public async Task<Uri> BaseAddressAsync() => (await _started.Value).BaseAddress;

    /// <summary>Opens a page of the site in the context and waits for it to load; its status must be the expected one.</summary>
    public async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(await BaseAddressAsync(), path).ToString());
        var expected = path == Pages.NotFound ? 404 : 200;
        Assert.True(response?.Status == expected, $"{path} answered {response?.Status}, expected {expected}.");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_started.IsValueCreated && _started.Value.IsCompletedSuccessfully)
        {
            var started = _started.Value.Result;
            await started.Browser.DisposeAsync();
            started.Playwright.Dispose();
            await started.Site.DisposeAsync();
        }
    }

    private static async Task<Started> StartAsync()
    {
        var site = new KestrelSite();
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
        public KestrelSite()
            : base(environment: "Production") => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }
}
