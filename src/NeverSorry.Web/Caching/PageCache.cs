using System.Collections.Concurrent;
using NeverSorry.Content.Loading;
using NeverSorry.Web.Addresses;

namespace NeverSorry.Web.Caching;

/// <summary>
/// The rendered pages of the current content. An entry is valid only for the snapshot and the site's day
/// it was rendered on, so a content change, or midnight in the site's time zone, makes every page stale
/// at once, with nothing to evict by hand.
/// </summary>
internal sealed class PageCache
{
    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _renderGates = new(StringComparer.Ordinal);

    /// <summary>
    /// The addresses the site's list gives to the cache, exactly as written (another case, or a trailing
    /// slash, is another address). Nothing else is kept, so an arbitrary URL can never grow the cache.
    /// </summary>
    public static bool IsCacheable(PathString path) => SitePages.Find(path.Value) is { } page && page.IsListedIn(Listed.Cache);

    public CachedPage? Get(PathString path, ContentSnapshot current, DateOnly today) =>
        _pages.TryGetValue(path.Value!, out var page) && ReferenceEquals(page.Snapshot, current) && page.Today == today ? page : null;

    public void Set(PathString path, CachedPage page) => _pages[path.Value!] = page;

    /// <summary>
    /// One rendering at a time per page: after a content change, the requests that miss together wait for
    /// the first one's result instead of each rendering and compressing the page again.
    /// </summary>
    public SemaphoreSlim RenderGate(PathString path) => _renderGates.GetOrAdd(path.Value!, _ => new SemaphoreSlim(1, 1));
}
