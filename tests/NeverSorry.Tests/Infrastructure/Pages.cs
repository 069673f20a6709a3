using NeverSorry.Content.Model;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// The site's pages, written out by hand: their URLs are a contract (the press links to them). The site's own
/// list (SitePages) must agree, which Unit/Models/SitePagesList checks, so a wrong entry there cannot pass unseen.
/// </summary>
public static class Pages
{
    public const string Home = "/";
    public const string TheatricalRun = "/theatrical-run";
    public const string DirectorsStatement = "/directors-statement";
    public const string Press = "/press";

    public static IReadOnlyList<string> All { get; } = [Home, TheatricalRun, DirectorsStatement, Press];

    /// <summary>An address with no page, answered by the designed "page not found" page.</summary>
    public const string NotFound = "/no-such-page";

    public static TheoryData<string> Urls => new(All);

    /// <summary>Every page a visitor can land on, the "page not found" page included.</summary>
    public static TheoryData<string> UrlsAndNotFound => new([.. All, NotFound]);

    /// <summary>Every page with each compressed encoding the site serves.</summary>
    public static TheoryData<string, string> UrlsAndEncodings()
    {
        var data = new TheoryData<string, string>();
        foreach (var url in All)
        {
            data.Add(url, "gzip");
            data.Add(url, "br");
        }
        return data;
    }
}
