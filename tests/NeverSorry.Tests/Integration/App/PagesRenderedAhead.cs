using Microsoft.Extensions.DependencyInjection;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Addresses;
using NeverSorry.Web.Caching;
using NeverSorry.Web.Live;
using NeverSorry.Web.Site;

namespace NeverSorry.Tests.Integration.App;

/// <summary>
/// Every cached page is rendered as the site starts and again after each edit, so no visitor waits for a
/// rendering: the first request after a start or an edit is answered from the cache.
/// </summary>
public class PagesRenderedAhead
{
    [Fact]
    public async Task AreInTheCacheBeforeAnyRequest()
    {
        await using var site = new PublicSite();
        _ = site.Server;

        // No request is made: only the warm-up can put the pages in the cache.
        await Eventually.AnswerAsync(() => Task.FromResult(SitePages.ListedIn(Listed.Cache).All(page => IsCached(site, page.Path))), done => done);

        Assert.All(SitePages.ListedIn(Listed.Cache), page => Assert.True(IsCached(site, page.Path), $"{page.Path} was not rendered ahead."));
    }

    [Fact]
    public async Task AreRenderedAgainAfterAnEdit()
    {
        using var content = TempContentFolder.CopyOfReal();
        await using var site = new PublicSite(content.Path);
        _ = site.Server;
        var store = site.Services.GetRequiredService<IContentStore>();
        var before = store.Current;

        content.With(ContentFiles.TheatricalRun, ContentText.Run([/*lang=json,strict*/ """{ "theater": "Screen Ahead", "start": "2012-07-27", "end": "2012-08-10" }"""]));

        var rendered = await Eventually.AnswerAsync(
            () => Task.FromResult(!ReferenceEquals(store.Current, before) && IsCached(site, SitePages.TheatricalRun.Path)),
            done => done);
        Assert.True(rendered, "The run page of the edited content was not rendered ahead of a request.");
        var page = await site.CreateClient().GetDocumentAsync(SitePages.TheatricalRun.Path);
        Assert.Contains("Screen Ahead", page.Body!.TextContent, StringComparison.Ordinal);
    }

    private static bool IsCached(PublicSite site, string path) =>
        site.Services.GetRequiredService<PageCache>().Get(
            path,
            site.Services.GetRequiredService<IContentStore>().Current,
            site.Services.GetRequiredService<SiteToday>().Date) is not null;
}
