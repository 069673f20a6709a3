using Microsoft.Extensions.Options;

namespace NeverSorry.Web.Site;

/// <summary>
/// Today's date where the site's dates are meant (<see cref="SiteOptions.TimeZone"/>), read from the
/// injected <see cref="TimeProvider"/> so tests can move the clock. Every page request asks (the page cache
/// keys on it), so the date is worked out once and kept until the instant that day ends there.
/// </summary>
public sealed class SiteToday(TimeProvider clock, IOptions<SiteOptions> site)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(site.Value.TimeZone);
    private Day? _day;

    public DateOnly Date
    {
        get
        {
            var now = clock.GetUtcNow();
            var day = Volatile.Read(ref _day);
            if (day is null || now < day.Starts || now >= day.Ends)
            {
                day = DayAt(now);
                Volatile.Write(ref _day, day);
            }
            return day.Date;
        }
    }

    private Day DayAt(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        // When the clock there shows the next midnight, if its offset stays as it is. A change of clocks before
        // then (daylight saving) would move that instant, so it is checked; where it does not hold, the date is
        // worked out again on every call instead.
        var ends = now + (local.Date.AddDays(1) - local.DateTime);
        var holds = DateAt(ends - TimeSpan.FromTicks(1)) == date && DateAt(ends) != date;
        return new Day(date, now, holds ? ends : now);
    }

    private DateOnly DateAt(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    /// <summary>The site's date from <paramref name="Starts"/> until just before <paramref name="Ends"/>.</summary>
    private sealed record Day(DateOnly Date, DateTimeOffset Starts, DateTimeOffset Ends);
}
