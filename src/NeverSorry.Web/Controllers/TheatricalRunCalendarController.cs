using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NeverSorry.Content.Model;
using NeverSorry.Web.Addresses;
using NeverSorry.Web.Calendars;
using NeverSorry.Web.Live;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Controllers;

/// <summary>/theatrical-run.ics: served from the page cache like the pages (its entry in <see cref="SitePages"/>).</summary>
public sealed class TheatricalRunCalendarController(IContentStore content, IOptions<SiteOptions> site) : Controller
{
    [HttpGetOrHead(SitePages.TheatricalRunCalendarPath)]
    public IActionResult Index()
    {
        var snapshot = content.Current;
        var pageUrl = site.Value.AbsoluteUrl(SitePages.TheatricalRun.Path);
        var text = RunCalendar.Write(snapshot.Film, snapshot.Engagements, snapshot.LastModified(SitePages.TheatricalRunCalendar.ContentFiles), pageUrl);
        return Content(text, RunCalendar.ContentType);
    }
}
