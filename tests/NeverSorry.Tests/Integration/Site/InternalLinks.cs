using System.Net;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Site;

public class InternalLinks(RealSite site)
{
    /// <summary>Follows every href and src from the home page, through every page reached, to the site's own files.</summary>
    [Fact]
    public async Task AllLeadSomewhere()
    {
        var (seen, broken) = await Links.FollowAsync(site.CreatePlainClient(), Pages.All);

        Assert.True(broken.Count == 0, "Broken links: " + string.Join("; ", broken));
        Assert.Superset(Pages.All.ToHashSet(), seen.Select(u => u.AbsolutePath).ToHashSet());
        Assert.True(seen.Count > Pages.All.Count, "The pages link to none of the site's own files (stylesheet, icon).");
    }

    [Fact]
    public async Task TheStylesheetIsServed()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.Home);
        var href = document.QuerySelector("link[rel='stylesheet']")?.GetAttribute("href");
        Assert.NotNull(href);

        using var response = await site.CreateClient().GetAsync(href, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}
