using Microsoft.AspNetCore.Mvc;
using NeverSorry.Content.Model;
using NeverSorry.Web.Addresses;
using NeverSorry.Web.Images;
using NeverSorry.Web.Live;
using NeverSorry.Web.Models;

namespace NeverSorry.Web.Controllers;

public sealed class PressController(IContentStore content, PageMetaFactory metas) : Controller
{
    [HttpGetOrHead(SitePages.PressPath)]
    public IActionResult Index()
    {
        var snapshot = content.Current;
        var film = snapshot.Film;
        var meta = metas.For(
            snapshot,
            SitePages.Press.Title,
            $"The press kit for {film.Title} ({film.Year}), directed by {film.Director}, a {film.Distributor} release: press notes, pictures, the press contact, facts, credits and festival selections.",
            SitePages.Press.Path);
        return View(new PressPage(meta, film, snapshot.Synopsis, snapshot.DirectorsStatement, snapshot.Festivals, snapshot.Press, snapshot.Biographies, snapshot.Pictures, PressDownloads.Of(film, snapshot.Pictures)));
    }
}
