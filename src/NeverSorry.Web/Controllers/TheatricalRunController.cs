using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NeverSorry.Content.Model;
using NeverSorry.Web.Addresses;
using NeverSorry.Web.Live;
using NeverSorry.Web.Models;
using NeverSorry.Web.Run;
using NeverSorry.Web.Seo;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Controllers;

public sealed class TheatricalRunController(IContentStore content, PageMetaFactory metas, IOptions<SiteOptions> site, SiteToday today) : Controller
{
    [HttpGetOrHead(SitePages.TheatricalRunPath)]
    public IActionResult Index()
    {
        var snapshot = content.Current;
        var engagements = snapshot.Engagements;
        var summary = RunSummary.Of(engagements);
        var schedule = RunSchedule.On(today.Date, engagements);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"Where and when {snapshot.Film.Title} {(schedule.Ahead.Count > 0 ? "plays" : "played")} in theaters: {summary.Engagements} engagements at {summary.Theaters} theaters, from {summary.FirstDay:MMMM d, yyyy} to {summary.LastDay:MMMM d, yyyy}.");
        var meta = metas.For(snapshot, SitePages.TheatricalRun.Title, description, SitePages.TheatricalRun.Path);
        var screenings = ScreeningEventStructuredData.For(snapshot.Film, schedule, site.Value.AbsoluteUrl(SitePages.Home.Path));
        return View(new TheatricalRunPage(meta, engagements, schedule, summary, RunTimeline.Of(engagements, today.Date), screenings));
    }
}
