using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NeverSorry.Web.Content;
using NeverSorry.Web.Models;
using NeverSorry.Web.Seo;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Controllers;

public sealed class TheatricalRunController(IContentStore content, IOptions<SiteOptions> site) : Controller
{
    [HttpGetOrHead(SitePages.TheatricalRunPath)]
    public IActionResult Index()
    {
        var snapshot = content.Current;
        var engagements = snapshot.Engagements;
        var summary = RunSummary.Of(engagements);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"Where and when {snapshot.Film.Title} played in theaters: {summary.Engagements} engagements at {summary.Theaters} theaters, from {summary.FirstDay:MMMM d, yyyy} to {summary.LastDay:MMMM d, yyyy}.");
        var meta = new PageMeta(SitePages.TheatricalRun.Title, description, SitePages.TheatricalRun.Path, snapshot.Film);
        var screenings = ScreeningEventStructuredData.For(snapshot.Film, engagements, site.Value.AbsoluteUrl(SitePages.Home.Path));
        return View(new TheatricalRunPage(meta, engagements, summary, RunTimeline.Of(engagements), screenings));
    }
}
