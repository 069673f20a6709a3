using Microsoft.AspNetCore.Mvc;
using NeverSorry.Web.Content;
using NeverSorry.Web.Models;

namespace NeverSorry.Web.Controllers;

public sealed class HomeController(IContentStore content) : Controller
{
    [HttpGetOrHead("/")]
    public IActionResult Index()
    {
        var snapshot = content.Current;
        var film = snapshot.Film;
        var description = snapshot.Synopsis.FrontMatter.Description
            ?? $"{film.Title} ({film.Year}), a {film.Genre.ToLowerInvariant()} directed by {film.Director}.";
        var meta = new PageMeta(film.Title, description, "/", film);
        return View(new HomePage(meta, film, snapshot.Synopsis, snapshot.Festivals, snapshot.Engagements));
    }
}
