using Microsoft.AspNetCore.Mvc.Testing;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Addresses;

namespace NeverSorry.Tests.Integration.Security;

/// <summary>
/// A page answered from the cache carries the very headers of the page as it was rendered: the cache answers
/// before the security-headers middleware runs and brings the policy's headers itself (SecurityHeaderSets),
/// so a difference here is a header a visitor would get on one request and not the next.
/// </summary>
public class CachedPageHeaders
{
    public static TheoryData<string, string> PagesAndAddresses()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in SitePages.ListedIn(Listed.Cache))
        {
            foreach (var address in new[] { "http://www.neversorry.example", PublicSite.BaseUrl, "https://localhost" })
            {
                data.Add(page.Path, address);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndAddresses))]
    public async Task AreTheHeadersOfTheRenderedPage(string page, string address)
    {
        // A site of its own: its first answer is the rendering, its second comes from the cache.
        // With its public address set, as in production: the sitemap is served only then.
        await using var site = new PublicSite(environment: "Production");
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(address) });

        using var rendered = await client.GetAsync(page, TestContext.Current.CancellationToken);
        using var cached = await client.GetAsync(page, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, rendered.StatusCode);
        Assert.Equal(Headers(rendered), Headers(cached));
        Assert.Equal(address.StartsWith("https://www.", StringComparison.Ordinal), cached.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>Every header but Date, which the server writes for each answer.</summary>
    private static List<string> Headers(HttpResponseMessage response) =>
        [.. response.Headers.Concat(response.Content.Headers)
            .Where(header => header.Key != "Date")
            .Select(header => $"{header.Key}: {string.Join(", ", header.Value)}")
            .Order(StringComparer.Ordinal)];
}
