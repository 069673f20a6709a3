using System.Net;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using NeverSorry.Web.Caching;
using NeverSorry.Web.Commands;
using NeverSorry.Web.Content;
using NeverSorry.Web.Site;
using Serilog;

if (SiteCommands.TryRun(args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

// Two-stage logging: this console logger reports what goes wrong before the host's own logger
// (configured from appsettings.json) exists. It is local, not Serilog's static Log.Logger, so several
// test hosts can start side by side.
using var bootstrapLogger = new LoggerConfiguration().WriteTo.Console().CreateLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.WebHost.ConfigureKestrel(kestrel =>
    {
        kestrel.AddServerHeader = false;
        RequestLimits.RaiseKestrelLimits(kestrel.Limits);
    });
    // Outside Development, an unpublished build (dotnet run in Release, CI) otherwise maps the
    // precompressed assets to files that only a publish writes, and answers them empty. A published
    // app has no build manifest, so this changes nothing there.
    builder.WebHost.UseStaticWebAssets();
    builder.Services.AddSerilog(
        (services, logging) => logging.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services),
        preserveStaticLogger: true);
    builder.Services.AddSiteContent();
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
    builder.Services.AddSingleton<PageCache>();
    builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SiteOptions>>((forwarded, site) =>
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in site.Value.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }
    });

    // Disposed even when start-up fails, so the console lifetime releases the process at once.
    await using var app = builder.Build();
    // Behind a TLS-terminating proxy the request is https: known before anything decides on HSTS.
    app.UseForwardedHeaders();
    // Then the headers every response gets: cached pages, 304s, assets, errors, health.
    app.UseSecurityHeaders(SecurityHeaders.Policy);
    app.UseMiddleware<RequestLimits>();
    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/error/500");
    }
    app.UseStatusCodePagesWithReExecute("/error/{0}");
    app.UseSerilogRequestLogging();
    // Pages come from memory before routing runs; routing, MVC and the views run only on a miss.
    app.UseMiddleware<PageCacheMiddleware>();
    app.UseRouting();
    app.MapStaticAssets();
    app.MapControllers().WithStaticAssets();
    app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WritePlainText })
        .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
    await app.RunAsync();
    return 0;
}
catch (ContentException ex)
{
    // The problems were logged one per line as they were found; this is the closing word.
    bootstrapLogger.Fatal("The site did not start: {Count} content problem(s), listed above. Fix them and start again.", ex.Problems.Count);
    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    bootstrapLogger.Fatal(ex, "The site stopped unexpectedly");
    return 1;
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
