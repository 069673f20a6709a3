using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace NeverSorry.Web.Site;

/// <summary>
/// The size limits on a request's target and headers, enforced here rather than by Kestrel: Kestrel writes
/// its own 414 and 431 before the app runs, without the security headers every other answer carries.
/// Kestrel's limits are raised to twice these (<see cref="RaiseKestrelLimits"/>), so it answers by itself
/// only what is far beyond them, and requests it cannot parse at all (its bare 400).
/// </summary>
internal sealed class RequestLimits(RequestDelegate next)
{
    /// <summary>Kestrel's default request-line limit: no link of the site comes near it.</summary>
    public const int MaxTargetLength = 8 * 1024;

    /// <summary>Kestrel's default total for the headers, and its default count.</summary>
    public const int MaxHeadersLength = 32 * 1024;

    public const int MaxHeaderCount = 100;

    /// <summary>Kestrel answers by itself only beyond these, twice ours.</summary>
    public static void RaiseKestrelLimits(KestrelServerLimits limits)
    {
        limits.MaxRequestLineSize = 2 * MaxTargetLength;
        limits.MaxRequestHeadersTotalSize = 2 * MaxHeadersLength;
        limits.MaxRequestHeaderCount = 2 * MaxHeaderCount;
    }

    public Task InvokeAsync(HttpContext context)
    {
        if (TargetLength(context) > MaxTargetLength)
        {
            return RefuseAsync(context, StatusCodes.Status414UriTooLong, "The address is too long.");
        }
        if (context.Request.Headers.Count > MaxHeaderCount || HeadersLength(context.Request.Headers) > MaxHeadersLength)
        {
            return RefuseAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "The request's headers are too large.");
        }
        return next(context);
    }

    /// <summary>The request target as sent (percent-encoded); a server that keeps no raw target gives the decoded one.</summary>
    private static int TargetLength(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw.Length
            : (context.Request.Path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0);

    /// <summary>The headers' size as Kestrel counts it: names and values, with ": " and the line end.</summary>
    private static long HeadersLength(IHeaderDictionary headers)
    {
        long length = 0;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                length += name.Length + (value?.Length ?? 0) + 4;
            }
        }
        return length;
    }

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message + "\n", context.RequestAborted);
    }
}
