using System.Text.RegularExpressions;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Caching;

namespace NeverSorry.Tests.Unit.Deploy;

/// <summary>
/// nginx cannot ask the app for its cache policy, so deploy/nginx repeats it: these read the sample configuration
/// and fail when a value there is not the one the live site sends.
/// </summary>
public sealed partial class NginxRepeatsTheCachePolicy
{
    private static readonly string s_config = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "never-sorry", "site.conf"));

    [Fact]
    public void PagesAsTheSiteSendsThem()
    {
        var value = PageCacheVariable().Match(s_config);

        Assert.True(value.Success, "site.conf no longer sets $never_sorry_page_cache.");
        Assert.Equal(CachePolicy.Page, value.Groups[1].Value);
    }

    [Fact]
    public void PicturesAsTheSiteSendsThem()
    {
        var pictures = PicturesLocation().Match(s_config);

        Assert.True(pictures.Success, "site.conf has no Cache-Control in its /pictures/ location.");
        Assert.Equal(CachePolicy.Immutable, pictures.Groups[1].Value);
    }

    [Fact]
    public void EveryOtherCacheControlIsThePagesOrAFingerprintedAsset()
    {
        // The fingerprinted assets' value is what ASP.NET Core's MapStaticAssets sends for them.
        var values = CacheControlHeader().Matches(s_config).Select(m => m.Groups[1].Value.Trim('"')).ToHashSet();

        Assert.Equal(["$never_sorry_page_cache", "max-age=31536000, immutable", CachePolicy.Immutable], values.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("""set \$never_sorry_page_cache "([^"]*)";""")]
    private static partial Regex PageCacheVariable();

    [GeneratedRegex("""location \^~ /pictures/ \{[^}]*add_header Cache-Control "([^"]*)";""")]
    private static partial Regex PicturesLocation();

    [GeneratedRegex("""add_header Cache-Control ("[^"]*"|\S+);""")]
    private static partial Regex CacheControlHeader();
}
