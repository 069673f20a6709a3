using Microsoft.Extensions.Options;

namespace NeverSorry.Web.Site;

/// <summary>
/// Today's date where the site's dates are meant (<see cref="SiteOptions.TimeZone"/>), read from the
/// injected <see cref="TimeProvider"/> so tests can move the clock.
/// </summary>
public sealed class SiteToday(TimeProvider clock, IOptions<SiteOptions> site)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(site.Value.TimeZone);

    public DateOnly Date => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _zone).DateTime);
}
