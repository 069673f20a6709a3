using Microsoft.Extensions.Options;
using NeverSorry.Web.Live;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Models;

/// <summary>Makes a page's metadata from the snapshot and the site's settings, so that no view needs a service.</summary>
public sealed class PageMetaFactory(IOptions<SiteOptions> site)
{
    public PageMeta For(SiteSnapshot snapshot, string title, string description, string? path)
    {
        var options = site.Value;
        // An error page (no path of its own) shares the home page's card.
        var card = snapshot.Pictures.Card(path);
        return new PageMeta(title, description, path, snapshot.Film)
        {
            Canonical = path is null ? null : options.AbsoluteUrl(path),
            Card = card is not null && options.AbsoluteUrl(card.Url) is { } url ? new ShareCard(card, url) : null,
            IsPreview = options.Preview,
            PreviewProblems = options.Preview ? snapshot.Problems : [],
        };
    }
}
