using System.Net;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NeverSorry.Content.Loading;
using NeverSorry.Web.Caching;
using NeverSorry.Web.Controllers;
using NeverSorry.Web.Hosting;
using NeverSorry.Web.Live;
using NeverSorry.Web.Models;
using NeverSorry.Web.Routing;
using NeverSorry.Web.Security;
using NeverSorry.Web.Site;
using Serilog;
using Serilog.Events;
using Serilog.Settings.Configuration;

namespace NeverSorry.Web;

/// <summary>
/// The site's services and request pipeline, in one place: the server (Program.cs) runs this app, and the
/// static export (<c>export</c>) starts the very same one on a loopback port and saves what it answers.
/// </summary>
internal static class SiteApp
{
    /// <summary>
    /// The assemblies whose sinks the "Serilog" settings may name: the site's own BufferedConsole, and the
    /// console and file sinks that come with Serilog.AspNetCore. Named, not found by scanning every assembly
    /// the app depends on, as Serilog does otherwise: that scan was about 45 ms of every start.
    /// </summary>
    private static readonly ConfigurationReaderOptions LogSettingsReader = new(
        typeof(BufferedConsoleConfiguration).Assembly,
        typeof(ConsoleLoggerConfigurationExtensions).Assembly,
        typeof(FileLoggerConfigurationExtensions).Assembly);

    public static WebApplication Build(string[] args)
    {
        ContentWarmUp.Begin();
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            kestrel.AddServerHeader = false;
            ServerLimits.Apply(kestrel.Limits, context.Configuration);
        });
        // Outside Development, an unpublished build (dotnet run in Release, CI) otherwise maps the
        // precompressed assets to files that only a publish writes, and answers them empty. A published
        // app has no build manifest, so this changes nothing there.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddSerilog(
            (services, logging) => logging.ReadFrom.Configuration(builder.Configuration, LogSettingsReader).ReadFrom.Services(services)
                // The hosting layer's own request lines ("Request starting …") are RequestLog's job. Left enabled
                // at any level, ASP.NET Core opens a log scope and an Activity for every request in case
                // something logs: a tenth of what a cached page costs, for nothing.
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off),
            preserveStaticLogger: true);
        builder.Services.AddSiteContent();
        builder.Services.AddSingleton<PageMetaFactory>();
        builder.Services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddControllersWithViews(mvc =>
        {
            // The site has no forms: never read a request body, whose malformed content type (charset=utf-7)
            // would otherwise throw while binding, even on the error pages.
            mvc.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
            mvc.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
            mvc.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
        });
        // MVC brings data protection, whose key ring writes a key file at start-up even with the ephemeral provider
        // (its hosted service still loads the key ring; test NothingPerInstance): keys kept in memory leave nothing.
        builder.Services.Configure<KeyManagementOptions>(keys => keys.XmlRepository = new InMemoryKeyRepository());
        builder.Services.AddDownloadLimits();
        builder.Services.AddHostedService<OpenFileLimitCheck>();
        builder.Services.AddSingleton<PageCache>();
        builder.Services.AddSingleton<SecurityHeaderSets>();
        builder.Services.AddSingleton<PageWarmer>();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SiteOptions>>((forwarded, site) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in site.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });

        var app = builder.Build();
        app.Services.GetRequiredService<ContentStartup>().BeginLoading();
        app.UseMiddleware<RequestLog>();
        // Pages are rendered ahead of their first request through the rest of the pipeline, unlogged.
        app.Use(app.Services.GetRequiredService<PageWarmer>().Capture);
        // Behind a TLS-terminating proxy the request is https: known before anything decides on HSTS.
        app.UseForwardedHeaders();
        if (app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.Preview)
        {
            app.Use(PreviewHeaders.Add);
        }
        // Cached pages are answered here, with the security headers below worked out once (SecurityHeaderSets);
        // what follows runs for everything else, and to render a page the cache does not hold yet.
        app.UseMiddleware<PageCacheMiddleware>();
        // The headers every other response gets: assets, errors, health, redirects.
        app.UseSecurityHeaders(SecurityHeaders.Policy);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error/500",
                // ErrorController logs the failure once, under the reference the visitor is shown.
                SuppressDiagnosticsCallback = _ => true,
            });
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<CanonicalAddresses>();
        app.UseRouting();
        // After routing: only the endpoints that ask for it (the picture downloads) are limited.
        app.UseRateLimiter();
        // MVC brings authentication and authorization, which WebApplication would otherwise put in front of
        // every request (a service scope each); the site signs nobody in, so they run only past the cache.
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapStaticAssets();
        app.MapControllers().WithStaticAssets();
        app.MapPictures();
        // /healthz stays 200 while the content has problems (the last good version is served: an instance must
        // never leave rotation for an edit); /healthz/content answers 503 then, for an uptime monitor.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WritePlainText })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        app.MapHealthChecks("/healthz/content", new HealthCheckOptions
        {
            Predicate = check => check.Name == ContentHealthCheck.Name,
            ResponseWriter = HealthResponse.WritePlainText,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        return app;
    }
}
