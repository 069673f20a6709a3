using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NeverSorry.Web.Content;
using NeverSorry.Web.Models;
using NeverSorry.Web.Seo;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Controllers;

public sealed class HomeController(IContentStore content, IOptions<SiteOptions> site) : Controller
{
    [HttpGetOrHead(SitePages.HomePath)]
    public IActionResult Index()
    {
        var snapshot = content.Current;
        var film = snapshot.Film;
        var description = snapshot.Synopsis.FrontMatter.Description
            ?? $"{film.Title} ({film.Year}), a {film.Genre.ToLowerInvariant()} directed by {film.Director}.";
        var meta = new PageMeta(film.Title, description, SitePages.Home.Path, film);
        var structuredData = MovieStructuredData.For(film, description, site.Value.AbsoluteUrl(SitePages.Home.Path), PictureStructuredData.Images(snapshot.Pictures, site.Value));
        return View(new HomePage(meta, film, snapshot.Synopsis, snapshot.Festivals, snapshot.Engagements, structuredData));
    }
}
