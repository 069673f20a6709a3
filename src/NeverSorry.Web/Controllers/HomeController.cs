using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NeverSorry.Content.Model;
using NeverSorry.Web.Addresses;
using NeverSorry.Web.Images;
using NeverSorry.Web.Live;
using NeverSorry.Web.Models;
using NeverSorry.Web.Run;
using NeverSorry.Web.Seo;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Controllers;

public sealed class HomeController(IContentStore content, PageMetaFactory metas, IOptions<SiteOptions> site, SiteToday today) : Controller
{
    [HttpGetOrHead(SitePages.HomePath)]
    public IActionResult Index()
    {
        var snapshot = content.Current;
        var film = snapshot.Film;
        var description = snapshot.Synopsis.FrontMatter.Description
            ?? $"{film.Title} ({film.Year}), a {film.Genre.ToLowerInvariant()} directed by {film.Director}.";
        var meta = metas.For(snapshot, film.Title, description, SitePages.Home.Path);
        var structuredData = MovieStructuredData.For(film, description, site.Value.AbsoluteUrl(SitePages.Home.Path), PictureStructuredData.Images(snapshot.Pictures, site.Value));
        // Rendered once per content version and day: the page cache keys on both.
        return View(new HomePage(meta, film, snapshot.Synopsis, snapshot.Festivals, snapshot.Engagements, RunSchedule.On(today.Date, snapshot.Engagements), structuredData,
            PictureView.LeadOf(snapshot.Pictures)));
    }
}
