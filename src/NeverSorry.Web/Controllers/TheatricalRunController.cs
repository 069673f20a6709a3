using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NeverSorry.Web.Content;
using NeverSorry.Web.Models;

namespace NeverSorry.Web.Controllers;

public sealed class TheatricalRunController(IContentStore content) : Controller
{
    [HttpGetOrHead("/theatrical-run")]
    public IActionResult Index()
    {
        var snapshot = content.Current;
        var engagements = snapshot.Engagements;
        var summary = RunSummary.Of(engagements);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"Where and when {snapshot.Film.Title} played in theaters: {summary.Engagements} engagements at {summary.Theaters} theaters, from {summary.FirstDay:MMMM d, yyyy} to {summary.LastDay:MMMM d, yyyy}.");
        var meta = new PageMeta("Theatrical run", description, "/theatrical-run", snapshot.Film);
        return View(new TheatricalRunPage(meta, engagements, summary, RunTimeline.Of(engagements)));
    }
}
