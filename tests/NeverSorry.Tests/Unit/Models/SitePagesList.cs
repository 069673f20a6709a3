using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Addresses;

namespace NeverSorry.Tests.Unit.Models;

/// <summary>
/// The site's one list of addresses, written out here by hand: the addresses are a contract (the press and
/// search engines link to them), so a wrong entry fails here even where every reader of the list agrees with it.
/// </summary>
public class SitePagesList
{
    [Fact]
    public void HoldsTheSitesAddressesAndWhereEachIsListed()
    {
        const Listed Page = Listed.Navigation | Listed.Sitemap | Listed.Cache | Listed.Export;

        Assert.Equal(
            [
                ("/", "The film", Page),
                ("/theatrical-run", "Theatrical run", Page),
                ("/directors-statement", "Director\u2019s statement", Page),
                ("/press", "Press", Page),
                ("/theatrical-run.ics", "Theatrical run calendar", Listed.Cache | Listed.Export),
                ("/robots.txt", "robots.txt", Listed.Cache | Listed.Export),
                ("/sitemap.xml", "Sitemap", Listed.Cache | Listed.Export),
                ("/404.html", "Page not found", Listed.None),
            ],
            SitePages.All.Select(page => (page.Path, page.Title, page.Listed)));
    }

    [Fact]
    public void NavigatesToThePagesTheTestsVisit()
    {
        Assert.Equal(Pages.All, SitePages.ListedIn(Listed.Navigation).Select(page => page.Path));
    }

    [Fact]
    public void GivesTheRouteConstantsTheEntriesAddresses()
    {
        Assert.Equal(
            [SitePages.HomePath, SitePages.TheatricalRunPath, SitePages.DirectorsStatementPath, SitePages.PressPath, SitePages.TheatricalRunCalendarPath, SitePages.RobotsPath, SitePages.SitemapPath],
            new[] { SitePages.Home, SitePages.TheatricalRun, SitePages.DirectorsStatement, SitePages.Press, SitePages.TheatricalRunCalendar, SitePages.Robots, SitePages.Sitemap }.Select(page => page.Path));
    }

    [Theory]
    [InlineData("/press", "/press")]
    [InlineData("/press/", null)]
    [InlineData("/Press", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void FindsAnEntryOnlyAtItsExactAddress(string? path, string? found)
    {
        Assert.Equal(found, SitePages.Find(path)?.Path);
    }

    [Fact]
    public void ListsNoAddressTwice()
    {
        Assert.Equal(SitePages.All.Count, SitePages.All.Select(page => page.Path.ToLowerInvariant()).Distinct().Count());
    }
}
