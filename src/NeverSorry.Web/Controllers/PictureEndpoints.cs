using Microsoft.Net.Http.Headers;
using NeverSorry.Web.Caching;
using NeverSorry.Web.Hosting;
using NeverSorry.Web.Images;
using NeverSorry.Web.Live;

namespace NeverSorry.Web.Controllers;

/// <summary>
/// Serves the picture cache: every file under its hash-named address, <c>immutable</c> (a change makes a new
/// name), and the ZIP of all stills and the press notes (PDF) at their stable addresses with the pages' cache policy. Files are sent
/// from disk as streams, with ranges, never read into memory (<see cref="CachedFileResponse"/>), at most
/// <c>Downloads:Concurrency</c> at once (<see cref="DownloadLimits"/>). Nothing is made here: a name not made yet is
/// a 404 (and one made but since lost from the cache is made again by the worker).
/// </summary>
internal static class PictureEndpoints
{
    public static void MapPictures(this IEndpointRouteBuilder app)
    {
        app.MapMethods(PictureUrls.StillsZip, [HttpMethods.Get, HttpMethods.Head], (IContentStore content, PictureCache cache, PictureWorker worker, HttpContext context) =>
        {
            var snapshot = content.Current;
            if (snapshot.Pictures.Zip is not { } zip || cache.PathOf(zip.Name) is not { } path || !cache.Has(zip.Name))
            {
                // Made but gone or unreadable (the cache was emptied): made again; until then, as for a file not made yet.
                worker.NoticeMissing(snapshot.Pictures.Zip?.Name ?? "");
                return Results.NotFound();
            }
            context.Response.Headers.CacheControl = CachePolicy.Page;
            return CachedFileResponse.Send(context, path, zip.MediaType, zip.Name);
        }).RequireRateLimiting(DownloadLimits.Policy);
        app.MapMethods(PictureUrls.PressNotes, [HttpMethods.Get, HttpMethods.Head], (IContentStore content, PictureCache cache, PictureWorker worker, HttpContext context) =>
        {
            var snapshot = content.Current;
            if (snapshot.Pictures.PressNotes is not { } notes || cache.PathOf(notes.Name) is not { } path || !cache.Has(notes.Name))
            {
                worker.NoticeMissing(snapshot.Pictures.PressNotes?.Name ?? "");
                return Results.NotFound();
            }
            context.Response.Headers.CacheControl = CachePolicy.Page;
            // Saved under the film's name, not the address's: a browser opening it inline would name it press-notes.pdf.
            context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = PressDownloads.NotesName(snapshot.Film.Title) }.ToString();
            return CachedFileResponse.Send(context, path, notes.MediaType, notes.Name);
        }).RequireRateLimiting(DownloadLimits.Policy);
        app.MapMethods(PictureUrls.Prefix + "{name}", [HttpMethods.Get, HttpMethods.Head], (string name, PictureCache cache, PictureWorker worker, HttpContext context) =>
        {
            if (cache.PathOf(name) is not { } path || Path.GetExtension(name) is not (".jpg" or ".png" or ".webp" or ".avif") || !cache.Has(name))
            {
                worker.NoticeMissing(name);
                return Results.NotFound();
            }
            context.Response.Headers.CacheControl = CachePolicy.Immutable;
            return CachedFileResponse.Send(context, path, PlannedFile.MediaTypeOf(name), name);
        }).RequireRateLimiting(DownloadLimits.Policy);
    }
}
