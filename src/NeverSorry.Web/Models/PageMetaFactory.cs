using Microsoft.Extensions.Options;
using NeverSorry.Web.Live;
using NeverSorry.Web.Run;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Models;

/// <summary>Makes a page's metadata from the snapshot and the site's settings, so that no view needs a service.</summary>
public sealed class PageMetaFactory(IOptions<SiteOptions> site, SiteToday today)
{
    public PageMeta For(SiteSnapshot snapshot, string title, string description, string? path)
    {
        var options = site.Value;
        // An error page (no path of its own) shares the home page's card; the status is today's, as the pages say it.
        var card = snapshot.Pictures.Card(path, RunSchedule.On(today.Date, snapshot.Engagements).Status);
        return new PageMeta(title, description, path, snapshot.Film)
        {
            Canonical = path is null ? null : options.AbsoluteUrl(path),
            Card = card is not null && options.AbsoluteUrl(card.Url) is { } url ? new ShareCard(card, url) : null,
            IsPreview = options.Preview,
            PreviewProblems = options.Preview ? snapshot.Problems : [],
        };
    }
}
