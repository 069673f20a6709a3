using NeverSorry.Content.Model;

namespace NeverSorry.Web.Addresses;

/// <summary>
/// Every address of the site, in one list: the route attributes (through the constants), the navigation,
/// links in views, the page cache, the sitemap and the export all read it. A new page is one entry here,
/// plus its controller and view.
/// </summary>
public static class SitePages
{
    // Constants, for route attributes; everything else reads the entries below.
    public const string HomePath = "/";
    public const string TheatricalRunPath = "/theatrical-run";
    public const string DirectorsStatementPath = "/directors-statement";
    public const string PressPath = "/press";
    public const string TheatricalRunCalendarPath = "/theatrical-run.ics";
    public const string RobotsPath = "/robots.txt";
    public const string SitemapPath = "/sitemap.xml";

    public static SitePage Home { get; } = new(HomePath, "The film", Listed.Everywhere,
        [ContentFiles.Film, ContentFiles.Synopsis, ContentFiles.Festivals, ContentFiles.TheatricalRun])
    { ShortTitle = "Film" };

    public static SitePage TheatricalRun { get; } = new(TheatricalRunPath, "Theatrical run", Listed.Everywhere,
        [ContentFiles.Film, ContentFiles.TheatricalRun])
    { ShortTitle = "In theaters" };

    public static SitePage DirectorsStatement { get; } = new(DirectorsStatementPath, "Director’s statement", Listed.Everywhere,
        [ContentFiles.Film, ContentFiles.DirectorsStatement])
    { ShortTitle = "Statement" };

    public static SitePage Press { get; } = new(PressPath, "Press", Listed.Everywhere,
        [ContentFiles.Film, ContentFiles.Synopsis, ContentFiles.DirectorsStatement, ContentFiles.Festivals, ContentFiles.Press, Biography.Folder]);

    /// <summary>The engagements as an iCalendar file, for calendar apps: linked from the run's page.</summary>
    public static SitePage TheatricalRunCalendar { get; } = new(TheatricalRunCalendarPath, "Theatrical run calendar", Listed.Cache | Listed.Export,
        [ContentFiles.Film, ContentFiles.TheatricalRun]);

    public static SitePage Robots { get; } = new(RobotsPath, "robots.txt", Listed.Cache | Listed.Export, []);

    /// <summary>Answered, and exported, only once Site:BaseUrl is set: a sitemap lists absolute addresses.</summary>
    public static SitePage Sitemap { get; } = new(SitemapPath, "Sitemap", Listed.Cache | Listed.Export, []);

    /// <summary>
    /// The designed "page not found" page: the live site's answer to any address not in this list, and
    /// the file static hosts answer it from (404.html). The export fetches it by this address.
    /// </summary>
    public static SitePage NotFound { get; } = new("/404.html", "Page not found", Listed.None, []);

    /// <summary>In the order the navigation shows the pages.</summary>
    public static IReadOnlyList<SitePage> All { get; } = [Home, TheatricalRun, DirectorsStatement, Press, TheatricalRunCalendar, Robots, Sitemap, NotFound];

    public static IEnumerable<SitePage> ListedIn(Listed where) => All.Where(page => page.IsListedIn(where));

    /// <summary>The entry at this address, or null: exactly this address unless told to ignore case.</summary>
    public static SitePage? Find(string? path, StringComparison comparison = StringComparison.Ordinal)
    {
        foreach (var page in All)
        {
            if (string.Equals(page.Path, path, comparison))
            {
                return page;
            }
        }
        return null;
    }
}

/// <summary>One address of the site.</summary>
/// <param name="Path">The address, exactly as the site answers it: lower case, no trailing slash.</param>
/// <param name="Title">Its name in the navigation and in links to it.</param>
/// <param name="Listed">Where the site lists it.</param>
/// <param name="ContentFiles">The content files it shows, so its last modification (in the sitemap) is theirs.</param>
public sealed record SitePage(string Path, string Title, Listed Listed, IReadOnlyList<string> ContentFiles)
{
    /// <summary>Its name in a phone's navigation, where the four names must fit one line of 375 px; the title when null.</summary>
    public string? ShortTitle { get; init; }

    public bool IsListedIn(Listed where) => where != Listed.None && (Listed & where) == where;

    /// <summary>An HTML page, not a file such as robots.txt: its address has no extension.</summary>
    public bool IsHtmlPage => !System.IO.Path.HasExtension(Path);
}

/// <summary>Where the site lists an address.</summary>
[Flags]
public enum Listed
{
    None = 0,
    Navigation = 1,
    Sitemap = 2,

    /// <summary>Served from the page cache: made from the content and configuration alone, the same for every request.</summary>
    Cache = 4,

    /// <summary>Written by the static export (a page's links lead it to the rest: stylesheet, icon).</summary>
    Export = 8,
    Everywhere = Navigation | Sitemap | Cache | Export,
}
