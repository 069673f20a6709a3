namespace NeverSorry.Web.Security;

/// <summary>A preview is for staff: every answer tells search engines not to index it, whatever page or error it is.</summary>
internal static class PreviewHeaders
{
    public static Task Add(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
