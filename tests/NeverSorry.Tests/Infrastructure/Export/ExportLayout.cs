using NeverSorry.Content.Model;

namespace NeverSorry.Tests.Infrastructure.Export;

/// <summary>The export's contract: which file holds the answer to which address (the issue names these files).</summary>
public static class ExportLayout
{
    public static IReadOnlyList<(string Url, string File)> Answers { get; } =
    [
        (Pages.Home, "index.html"),
        (Pages.TheatricalRun, "theatrical-run/index.html"),
        (Pages.DirectorsStatement, "directors-statement/index.html"),
        (Pages.Press, "press/index.html"),
        (Pages.NotFound, "404.html"),
        ("/sitemap.xml", "sitemap.xml"),
        ("/robots.txt", "robots.txt"),
        ("/theatrical-run.ics", "theatrical-run.ics"),
        // One of the laurels /press offers as files (every one is linked, so the crawl takes them all).
        ("/laurels/sundance-film-festival-2012.svg", "laurels/sundance-film-festival-2012.svg"),
    ];

    public static TheoryData<string, string> UrlsAndFiles => new(Answers.Select(a => (a.Url, a.File)));

    /// <summary>Every address that answers 200: the pages, robots.txt, sitemap.xml, the run's calendar and a laurel.</summary>
    public static TheoryData<string> FoundUrls => new(Answers.Where(a => a.Url != Pages.NotFound).Select(a => a.Url));
}
