using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Security;

/// <summary>
/// Behind a TLS-terminating proxy the site learns from X-Forwarded-Proto that the visitor used https, and
/// answers with HSTS; but only when the proxy is one it was told to trust.
/// </summary>
public class ReverseProxy
{
    // A documentation address (TEST-NET-3): it only appears as a value here, nothing is sent to it.
    private const string ConfiguredProxy = "203.0.113.7";

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData(ConfiguredProxy, true)]
    [InlineData("198.51.100.9", false)]
    public async Task BelievesForwardedHttpsOnlyFromAKnownProxy(string peer, bool believed)
    {
        await using var site = new ProxiedSite(peer);
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://www.neversorry.example") });
        using var request = new HttpRequestMessage(HttpMethod.Get, Pages.Press);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "192.0.2.44");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(believed, response.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>The site as if the request arrived over a connection from <paramref name="peer"/>.</summary>
    private sealed class ProxiedSite(string peer) : SiteFactory(configureServices: services =>
        services.AddSingleton<IStartupFilter>(new PeerAddress(IPAddress.Parse(peer))))
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:KnownProxies:0", ConfiguredProxy);
        }
    }

    /// <summary>The in-memory server has no connection; this gives each request the peer's address first.</summary>
    private sealed class PeerAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
