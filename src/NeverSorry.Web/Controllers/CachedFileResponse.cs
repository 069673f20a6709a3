using Microsoft.Net.Http.Headers;

namespace NeverSorry.Web.Controllers;

/// <summary>
/// How a file found in the picture cache is sent: from disk as a stream, with ranges, under a strong entity tag
/// (its hash-named file name). ASP.NET Core answers a range whose <c>If-Range</c> it cannot parse (garbage) with
/// 206; RFC 9110 §13.1.5 asks for the whole file unless the validator matches, which this enforces.
/// </summary>
internal static class CachedFileResponse
{
    public static IResult Send(HttpContext context, string path, string mediaType, string cachedName)
    {
        var entityTag = new EntityTagHeaderValue($"\"{Path.GetFileNameWithoutExtension(cachedName)}\"");
        IgnoreRangeUnlessCurrent(context.Request, entityTag);
        return Results.File(path, mediaType, entityTag: entityTag, enableRangeProcessing: true);
    }

    /// <summary>
    /// A range is sent only if <c>If-Range</c> is absent or is exactly the current strong tag. A date, a weak or
    /// another tag, or anything else means the client's part may be of another file: it gets the whole one.
    /// Dates are not honoured: every answer carries the strong tag, which is what a resuming browser sends.
    /// </summary>
    private static void IgnoreRangeUnlessCurrent(HttpRequest request, EntityTagHeaderValue current)
    {
        var ifRange = request.Headers.IfRange;
        if (ifRange.Count > 0 && !(ifRange.Count == 1 && ifRange[0]?.Trim() == current.Tag.Value))
        {
            request.Headers.Range = default;
        }
    }
}
