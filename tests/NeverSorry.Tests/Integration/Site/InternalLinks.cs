using System.Net;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Site;

public class InternalLinks(RealSite site)
{
    /// <summary>Follows every href and src from the home page, through every page reached, to the site's own files.</summary>
    [Fact]
    public async Task AllLeadSomewhere()
    {
        var client = site.CreatePlainClient();
        var origin = client.BaseAddress!;
        var queue = new Queue<(Uri Target, string From)>(Pages.All.Select(page => (new Uri(origin, page), "the navigation")));
        var seen = new HashSet<Uri>();
        var broken = new List<string>();

        while (queue.TryDequeue(out var next))
        {
            var target = new Uri(next.Target.GetLeftPart(UriPartial.Query));
            if (!seen.Add(target))
            {
                continue;
            }
            using var response = await client.GetAsync(target, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{target.PathAndQuery} (linked from {next.From}) answered {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var document = await response.ReadDocumentAsync();
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var reference = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (Uri.TryCreate(target, reference, out var linked) && linked.Host == origin.Host && linked.Scheme == origin.Scheme)
                {
                    queue.Enqueue((linked, target.PathAndQuery));
                }
            }
        }

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
