using NeverSorry.Web.Addresses;
using NeverSorry.Web.Caching;

namespace NeverSorry.Web.Routing;

/// <summary>
/// One address per page. Routing ignores case and a trailing slash, so /press/ and /PRESS would be second,
/// uncached copies of /press: here /press/ is a permanent redirect to /press (its query kept), and another
/// case is not found, as when nginx serves the export. After the page cache, so cached pages never pay for it.
/// </summary>
internal sealed class CanonicalAddresses(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Path.Value is not { } path
            || Trimmed(path) is var trimmed && SitePages.Find(trimmed, StringComparison.OrdinalIgnoreCase) is not { } page
            || page.Path == path)
        {
            return next(context);
        }

        var response = context.Response;
        if (page.IsHtmlPage && trimmed == page.Path)
        {
            // 301, which every client and crawler knows; these pages answer only GET and HEAD, so 308's
            // promise to keep the method adds nothing. The target comes from the list, never the request.
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = page.Path + request.QueryString;
            response.Headers.CacheControl = CachePolicy.Page;
            return Task.CompletedTask;
        }
        // Another case (/Press), or a slash after a file (/robots.txt/): no address of the site.
        response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    /// <summary>The path as routing reads it: without trailing slashes (the root stays "/").</summary>
    private static string Trimmed(string path) => path.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/";
}
