using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using NeverSorry.Content.Files;
using NeverSorry.Web.Caching;
using NeverSorry.Web.Laurels;
using NeverSorry.Web.Live;

namespace NeverSorry.Web.Controllers;

/// <summary>
/// Each festival's laurel as an SVG file for the press, drawn from festivals.json on request (about 0.16 ms in a Debug build). Its
/// address stays while the festival does, so it is kept like a page and revalidated by its entity tag. No
/// Content-Disposition: the press page's link names the download, and the static export (nginx) could not repeat one.
/// </summary>
public sealed class LaurelsController(IContentStore content) : Controller
{
    [HttpGetOrHead(LaurelFiles.Prefix + "{name}")]
    public IActionResult Download(string name)
    {
        var snapshot = content.Current;
        // Exactly the address the press page links to: routing would also take another case or a trailing slash.
        if (LaurelFiles.Of(snapshot.Festivals).FirstOrDefault(f => f.Name == name) is not { } file || Request.Path.Value != file.Path)
        {
            return NotFound();
        }
        var bytes = Encoding.UTF8.GetBytes(LaurelSvg.File(file.Festival));
        Response.Headers.CacheControl = CachePolicy.Page;
        var entityTag = new EntityTagHeaderValue($"\"{ContentHash.Of(bytes)[..32]}\"");
        return File(bytes, LaurelFiles.MediaType, lastModified: null, entityTag);
    }
}
