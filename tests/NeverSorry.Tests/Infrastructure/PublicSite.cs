namespace NeverSorry.Tests.Infrastructure;

/// <summary>The site with its public address configured, as in production.</summary>
/// <param name="contentPath">Another content folder; the repository's content/ when null.</param>
/// <param name="environment">The host environment, as for <see cref="SiteFactory"/>.</param>
public class PublicSite(string? contentPath = null, string environment = "Development")
    : SiteFactory(contentPath, environment, settings: new Dictionary<string, string> { ["Site:BaseUrl"] = BaseUrl })
{
    /// <summary>A well-formed address under a reserved domain, so nothing real is named.</summary>
    public const string BaseUrl = "https://www.neversorry.example";
}
