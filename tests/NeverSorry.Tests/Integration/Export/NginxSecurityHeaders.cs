using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Export;

/// <summary>
/// deploy/nginx names the live site's security headers with the live site's values, HSTS over HTTPS
/// included (which the nginx tests, over plain HTTP, cannot see). Runs without nginx.
/// </summary>
public sealed partial class NginxSecurityHeaders(RealSite site)
{
    /// <summary>What the live site sends besides its security headers.</summary>
    private static readonly HashSet<string> s_notSecurityHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Cache-Control", "ETag", "Vary", "Date", "Content-Type", "Content-Length",
    };

    [Fact]
    public async Task AreTheLiveSitesOverHttps()
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://www.neversorry.example") });
        using var response = await client.GetAsync(Pages.Home, TestContext.Current.CancellationToken);
        var live = response.Headers.Concat(response.Content.Headers)
            .Where(header => !s_notSecurityHeaders.Contains(header.Key))
            .ToDictionary(header => header.Key, header => Assert.Single(header.Value), StringComparer.OrdinalIgnoreCase);

        var nginx = NginxHeadersOverHttps();

        Assert.Equal(live.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase), nginx.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The add_header lines of security-headers.conf, with the HSTS variable as site.conf sets it over HTTPS.</summary>
    private static Dictionary<string, string> NginxHeadersOverHttps()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "never-sorry");
        var variables = SetLine().Matches(File.ReadAllText(Path.Combine(folder, "site.conf")))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
        Assert.True(variables.ContainsKey("$never_sorry_hsts"), "site.conf sets no HSTS value.");
        return AddHeaderLine().Matches(File.ReadAllText(Path.Combine(folder, "security-headers.conf")))
            .ToDictionary(
                m => m.Groups["name"].Value,
                m => m.Groups["value"].Value is var value && value.StartsWith('$') ? variables[value] : value,
                StringComparer.OrdinalIgnoreCase);
    }

    /// <summary><c>add_header Name "value" always;</c>, the value in double quotes, single quotes or bare.</summary>
    [GeneratedRegex("""^add_header\s+(?<name>[\w-]+)\s+(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>\S+))\s+always;""", RegexOptions.Multiline)]
    private static partial Regex AddHeaderLine();

    /// <summary><c>set $name "value";</c> with a value: for HSTS, the HTTPS branch (the other sets it empty).</summary>
    [GeneratedRegex("""^\s*set\s+(?<name>\$\w+)\s+"(?<value>[^"]+)";""", RegexOptions.Multiline)]
    private static partial Regex SetLine();
}
