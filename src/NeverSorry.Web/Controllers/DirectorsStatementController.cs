using Microsoft.AspNetCore.Mvc;
using NeverSorry.Content.Model;
using NeverSorry.Web.Addresses;
using NeverSorry.Web.Live;
using NeverSorry.Web.Models;

namespace NeverSorry.Web.Controllers;

public sealed class DirectorsStatementController(IContentStore content, PageMetaFactory metas) : Controller
{
    [HttpGetOrHead(SitePages.DirectorsStatementPath)]
    public IActionResult Index()
    {
        var snapshot = content.Current;
        var statement = snapshot.DirectorsStatement;
        var author = statement.FrontMatter.Author ?? snapshot.Film.Director;
        var meta = metas.For(
            snapshot,
            statement.FrontMatter.Title ?? "Director’s Statement",
            statement.FrontMatter.Description ?? $"{author} on making {snapshot.Film.Title}.",
            SitePages.DirectorsStatement.Path);
        return View(new DirectorsStatementPage(meta, statement, author));
    }
}
