using System.Net;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>Follows links as a visitor (or a crawler) would, to find the ones that lead nowhere.</summary>
public static class Links
{
    /// <summary>
    /// Follows every href and src from the given pages, through every page reached, to the server's own
    /// files; returns every address reached and each broken one with the page that links to it.
    /// </summary>
    public static async Task<(IReadOnlySet<Uri> Seen, IReadOnlyList<string> Broken)> FollowAsync(HttpClient client, IEnumerable<string> pages)
    {
        var origin = client.BaseAddress!;
        var queue = new Queue<(Uri Target, string From)>(pages.Select(page => (new Uri(origin, page), "the navigation")));
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
        return (seen, broken);
    }
}
