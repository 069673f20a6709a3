using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NeverSorry.Web;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// The site in memory. Serves the repository's real content/ folder unless given another one, through the
/// same configuration key an operator would use (<c>Content:Path</c>).
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly string _contentPath;
    private readonly string _environment;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="contentPath">An absolute path to a content folder; the repository's content/ when null.</param>
    /// <param name="environment">The host environment; WebApplicationFactory's own default is Development.</param>
    /// <param name="configureServices">Test-only services, added after the site's own.</param>
    /// <param name="settings">Configuration an operator would set, e.g. <c>Site:BaseUrl</c>.</param>
    public SiteFactory(
        string? contentPath = null,
        string environment = "Development",
        Action<IServiceCollection>? configureServices = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        _contentPath = contentPath ?? RepositoryPaths.Content;
        _environment = environment;
        _configureServices = configureServices;
        _settings = settings ?? new Dictionary<string, string>();
    }

    /// <summary>A client that reports redirects instead of following them.</summary>
    public HttpClient CreatePlainClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Content:Path", _contentPath);
        // Keep the test output readable: only warnings and errors from the site's log.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }
}
