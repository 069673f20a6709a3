namespace NeverSorry.Web.Caching;

/// <summary>
/// The Cache-Control values the site sends, in one place. deploy/nginx repeats them for the static export, and a
/// test (NginxRepeatsTheCachePolicy) fails when the two differ.
/// </summary>
public static class CachePolicy
{
    /// <summary>
    /// Pages, and the ZIP at its stable address. Browsers keep a page a minute, CDNs five (<c>s-maxage</c>), so an
    /// edit reaches every visitor within about six minutes with no purge. Either may serve the old copy ten minutes
    /// more while it fetches the new one, and a CDN for a day while the origin fails (<c>stale-if-error</c>).
    /// </summary>
    public const string Page = "public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400";

    /// <summary>A file named by the hash of what it holds: a change makes a new name, so this one never changes.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>An answer about this very moment (health): never kept.</summary>
    public const string NoStore = "no-store";
}
