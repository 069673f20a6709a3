using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NeverSorry.Web.Addresses;
using NeverSorry.Web.Live;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Controllers;

/// <summary>
/// /robots.txt and /sitemap.xml. A sitemap lists absolute addresses, so it exists only once Site:BaseUrl
/// says what the site's public address is (never guessed from the request's Host). Both are served from
/// the page cache like the pages (their entries in <see cref="SitePages"/> say so), with the same cache headers.
/// </summary>
public sealed class SitemapController(IContentStore content, IOptions<SiteOptions> site) : Controller
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [HttpGetOrHead(SitePages.RobotsPath)]
    public IActionResult Robots()
    {
        if (site.Value.Preview)
        {
            return Content("User-agent: *\nDisallow: /\n", "text/plain; charset=utf-8");
        }
        var text = new StringBuilder("User-agent: *\nDisallow: /healthz\n");
        if (site.Value.AbsoluteUrl(SitePages.Sitemap.Path) is { } sitemap)
        {
            text.Append("\nSitemap: ").Append(sitemap.AbsoluteUri).Append('\n');
        }
        return Content(text.ToString(), "text/plain; charset=utf-8");
    }

    [HttpGetOrHead(SitePages.SitemapPath)]
    public IActionResult Sitemap()
    {
        if (site.Value.BaseUrl is null)
        {
            return NotFound();
        }
        var snapshot = content.Current;
        var urls = SitePages.ListedIn(Listed.Sitemap).Select(page => new XElement(Sitemaps + "url",
            new XElement(Sitemaps + "loc", site.Value.AbsoluteUrl(page.Path)!.AbsoluteUri),
            new XElement(Sitemaps + "lastmod", snapshot.LastModified(page.ContentFiles).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Sitemaps + "urlset", urls));
        return Content(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8");
    }
}
