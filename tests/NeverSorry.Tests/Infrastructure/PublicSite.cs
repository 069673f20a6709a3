using Microsoft.AspNetCore.Hosting;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>The site with its public address configured, as in production.</summary>
public sealed class PublicSite(string? contentPath = null) : SiteFactory(contentPath)
{
    /// <summary>A well-formed address under a reserved domain, so nothing real is named.</summary>
    public const string BaseUrl = "https://www.neversorry.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:BaseUrl", BaseUrl);
    }
}
