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
    ];

    public static TheoryData<string, string> UrlsAndFiles => new(Answers.Select(a => (a.Url, a.File)));

    /// <summary>Every address that answers 200: the pages, robots.txt, sitemap.xml and the run's calendar.</summary>
    public static TheoryData<string> FoundUrls => new(Answers.Where(a => a.Url != Pages.NotFound).Select(a => a.Url));
}
