using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Caching;
using NeverSorry.Web.Images;
using NeverSorry.Web.Live;
using NeverSorry.Web.Security;
using NeverSorry.Web.Site;

namespace NeverSorry.Tests.Unit.Caching;

/// <summary>After a content change, requests that miss the cache together share one rendering.</summary>
public class PageCacheMiddlewareRendering
{
    [Fact]
    public async Task RendersAPageOnceWhenManyRequestsMissTogether()
    {
        var renders = 0;
        async Task RenderSlowly(HttpContext context)
        {
            Interlocked.Increment(ref renders);
            await Task.Delay(50, TestContext.Current.CancellationToken);
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<p>the press page</p>", TestContext.Current.CancellationToken);
        }
        var middleware = new PageCacheMiddleware(RenderSlowly, new FixedContent(), new PageCache(), new SiteToday(TimeProvider.System, Options.Create(new SiteOptions())), new SecurityHeaderSets());

        var bodies = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            var context = new DefaultHttpContext();
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = Pages.Press;
            context.Response.Body = new MemoryStream();
            await middleware.InvokeAsync(context);
            return ((MemoryStream)context.Response.Body).ToArray().Length;
        }));

        Assert.Equal(1, renders);
        Assert.All(bodies, length => Assert.Equal("<p>the press page</p>".Length, length));
    }

    private sealed class FixedContent : IContentStore
    {
        public SiteSnapshot Current { get; } = new(new ContentLoader(TimeProvider.System).Load(new ContentFolder(RepositoryPaths.Content)), PictureSet.Empty);
    }
}
