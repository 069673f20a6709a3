using System.Net;
using AngleSharp.Html.Parser;
using NeverSorry.Web.Addresses;

namespace NeverSorry.Web.Export;

/// <summary>
/// Fetches what a static copy of the site must hold from the running site: the designed 404 page, the
/// given addresses, then every same-origin address a page links to (href, src), so no stylesheet or icon
/// is left behind. An address that does not answer 200 is a broken link: the export must not go out with it.
/// </summary>
internal sealed class SiteCrawler(HttpClient client)
{
    private readonly HtmlParser _parser = new();
    private readonly Queue<(Uri Target, string From)> _queue = new();

    public async Task<CrawlResult> CrawlAsync(IEnumerable<string> start, CancellationToken cancellationToken)
    {
        var files = new List<ExportedFile>();
        var broken = new List<string>();
        var notFound = await NotFoundPageAsync(cancellationToken);
        files.Add(notFound);
        // Its own links to itself (the skip link's #main) are not links to a missing page.
        var seen = new HashSet<string>(StringComparer.Ordinal) { notFound.UrlPath };
        await FollowLinksAsync(notFound, cancellationToken);
        foreach (var path in start)
        {
            _queue.Enqueue((new Uri(client.BaseAddress!, path), "the site's own list"));
        }

        while (_queue.TryDequeue(out var next))
        {
            var path = next.Target.AbsolutePath;
            if (!seen.Add(path))
            {
                continue;
            }
            if (next.Target.Query.Length > 0)
            {
                broken.Add($"{next.Target.PathAndQuery} (linked from {next.From}) has a query string, which a static file cannot answer");
                continue;
            }
            using var response = await client.GetAsync(path, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{path} (linked from {next.From}) answered {(int)response.StatusCode}");
                continue;
            }
            var file = await ReadAsync(path, response, cancellationToken);
            files.Add(file);
            await FollowLinksAsync(file, cancellationToken);
        }
        return new CrawlResult(files, broken);
    }

    /// <summary>The designed 404 page, as the site answers an address it does not have.</summary>
    private async Task<ExportedFile> NotFoundPageAsync(CancellationToken cancellationToken)
    {
        var path = SitePages.NotFound.Path;
        using var response = await client.GetAsync(path, cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}, not the site's 404 page.");
        }
        return await ReadAsync(path, response, cancellationToken);
    }

    private static async Task<ExportedFile> ReadAsync(string path, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new ExportedFile(path, ExportedFile.FilePathOf(path, mediaType), mediaType, body);
    }

    /// <summary>Queues the same-origin addresses an HTML file refers to, without their fragments.</summary>
    private async Task FollowLinksAsync(ExportedFile file, CancellationToken cancellationToken)
    {
        if (file.MediaType != "text/html")
        {
            return;
        }
        var page = new Uri(client.BaseAddress!, file.UrlPath);
        using var stream = new MemoryStream(file.Body);
        using var document = await _parser.ParseDocumentAsync(stream, cancellationToken);
        var references = document.QuerySelectorAll("[href], [src]")
            .SelectMany(element => new[] { element.GetAttribute("href"), element.GetAttribute("src") })
            .OfType<string>();
        foreach (var reference in references)
        {
            if (Uri.TryCreate(page, reference, out var linked)
                && linked.GetLeftPart(UriPartial.Authority) == page.GetLeftPart(UriPartial.Authority))
            {
                _queue.Enqueue((linked, file.UrlPath));
            }
        }
    }
}

/// <summary>The files fetched, and the broken links found (each naming the page that links to it).</summary>
internal sealed record CrawlResult(IReadOnlyList<ExportedFile> Files, IReadOnlyList<string> Broken);
