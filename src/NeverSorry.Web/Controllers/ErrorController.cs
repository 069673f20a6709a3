using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using NeverSorry.Content.Model;
using NeverSorry.Web.Addresses;
using NeverSorry.Web.Live;
using NeverSorry.Web.Models;

namespace NeverSorry.Web.Controllers;

/// <summary>
/// The designed pages for 404 and other failures, reached by re-execution from the status-code and
/// exception middleware. They show no detail of what went wrong: that goes to the log, under the same
/// correlation id the visitor sees, so a report of "reference X" leads to the stack trace.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed partial class ErrorController(IContentStore content, PageMetaFactory metas, ILogger<ErrorController> logger) : Controller
{
    [Route("/error/{code:int}")]
    public IActionResult Index(int code)
    {
        // Only re-execution reaches these pages: asked for directly, /error/500 would be a 500 nothing failed for.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            return NotFound();
        }
        var status = code is >= 400 and <= 599 ? code : 500;
        var snapshot = content.Current;
        var meta = status == StatusCodes.Status404NotFound
            ? metas.For(snapshot, SitePages.NotFound.Title, "The page you asked for is not on this site.", null)
            : metas.For(snapshot, "Something went wrong", "The site could not answer this request.", null);
        string? correlationId = null;
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is { } failure)
        {
            correlationId = HttpContext.TraceIdentifier;
            LogFailure(failure.Error, correlationId, failure.Path);
        }
        Response.StatusCode = status;
        return View(status == StatusCodes.Status404NotFound ? "NotFound" : "Error", new ErrorPage(meta, status, correlationId));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {CorrelationId} for {Path} failed")]
    private partial void LogFailure(Exception exception, string correlationId, string path);
}
