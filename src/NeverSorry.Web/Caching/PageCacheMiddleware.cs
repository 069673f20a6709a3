using Microsoft.Net.Http.Headers;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Web.Live;
using NeverSorry.Web.Security;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Caching;

/// <summary>
/// Answers the site's pages from <see cref="PageCache"/> (rendered once per snapshot and site day) in the encoding
/// the client accepts, with ETag/304 and the cache policy. It runs before security headers, error pages and
/// routing, as a static file server would, and takes the policy's headers from <see cref="SecurityHeaderSets"/>.
/// </summary>
internal sealed class PageCacheMiddleware(RequestDelegate next, IContentStore content, PageCache cache, SiteToday today, SecurityHeaderSets security)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !PageCache.IsCacheable(request.Path))
        {
            await next(context);
            return;
        }

        var page = cache.Get(request.Path, content.Current, today.Date) ?? await RenderOnceAsync(context);
        if (page is not null)
        {
            await WriteAsync(context, page);
        }
    }

    /// <summary>Renders a missing page, unless a request that got the gate first has just done so.</summary>
    private async Task<CachedPage?> RenderOnceAsync(HttpContext context)
    {
        var gate = cache.RenderGate(context.Request.Path);
        await gate.WaitAsync(context.RequestAborted);
        try
        {
            var snapshot = content.Current;
            var day = today.Date;
            return cache.Get(context.Request.Path, snapshot, day) ?? await RenderAsync(context, snapshot, day);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Renders the page through the rest of the pipeline; caches it when it is a 200 for a snapshot still current.</summary>
    private async Task<CachedPage?> RenderAsync(HttpContext context, ContentSnapshot snapshot, DateOnly day)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode == StatusCodes.Status200OK
            && response.ContentType is { } contentType
            && ReferenceEquals(content.Current, snapshot)
            && today.Date == day)
        {
            var page = CachedPage.Create(snapshot, day, contentType, buffer.ToArray());
            cache.Set(context.Request.Path, page);
            return page;
        }

        // Not a page to keep (an error, or the content or the day changed while rendering): send it as rendered.
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
        return null;
    }

    private Task WriteAsync(HttpContext context, CachedPage page)
    {
        var variant = page.Choose(context.Request);
        var response = context.Response;
        security.Apply(response, page.ContentType);
        var headers = response.Headers;
        headers.ContentType = page.ContentType;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.ETag = variant.ETag;
        headers.CacheControl = CachePolicy.Page;
        if (variant.ContentEncoding is not null)
        {
            headers.ContentEncoding = variant.ContentEncoding;
        }

        if (IsNotModified(context.Request, variant.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            headers.ContentType = default;
            headers.ContentEncoding = default;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = variant.Body.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.BodyWriter.WriteAsync(variant.Body, context.RequestAborted).AsTask();
    }

    private static bool IsNotModified(HttpRequest request, string etag)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }
        foreach (var value in request.GetTypedHeaders().IfNoneMatch)
        {
            // Weak comparison, as If-None-Match requires: a CDN may have weakened our tag (W/"…").
            if (value.Equals(EntityTagHeaderValue.Any) || string.Equals(value.Tag.Value, etag, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
