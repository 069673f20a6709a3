using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NeverSorry.Web.Site;

namespace NeverSorry.Tests.Unit.Site;

/// <summary>
/// The site's date is worked out once a day and kept until that day ends where the site is: it must still be
/// the date a clock there shows at every instant, over midnights, changes of clocks, and a clock set back.
/// </summary>
public class SiteTodayAcrossDays
{
    public static TheoryData<string, string> ZonesAndDays() => new()
    {
        // New York springs forward on March 8, 2026 and falls back on November 1, 2026.
        { "America/New_York", "2026-03-07T00:00:00Z" },
        { "America/New_York", "2026-10-31T00:00:00Z" },
        // Havana changes its clocks at midnight itself: a day with no midnight and a day with two.
        { "America/Havana", "2026-03-07T00:00:00Z" },
        { "America/Havana", "2026-10-31T00:00:00Z" },
        { "Asia/Kolkata", "2026-06-01T00:00:00Z" },
        { "UTC", "2026-12-30T00:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(ZonesAndDays))]
    public void IsTheDateAClockThereShowsAtEveryInstant(string zoneId, string from)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture));
        var today = new SiteToday(clock, Options.Create(new SiteOptions { TimeZone = zoneId }));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

        // Three days in seven-minute steps, each step asked twice (the second answer comes from what was kept).
        for (var step = 0; step < 3 * 24 * 60 / 7; step++)
        {
            var expected = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
            Assert.Equal(expected, today.Date);
            Assert.Equal(expected, today.Date);
            clock.Advance(TimeSpan.FromMinutes(7));
        }
    }

    [Fact]
    public void FollowsAClockSetBack()
    {
        var clock = new SettableClock { UtcNow = new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.Zero) };
        var today = new SiteToday(clock, Options.Create(new SiteOptions { TimeZone = "America/New_York" }));
        Assert.Equal(new DateOnly(2026, 11, 26), today.Date);

        // An operator corrects a clock that ran a day ahead (FakeTimeProvider cannot go back).
        clock.UtcNow = new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 25), today.Date);
    }

    [Fact]
    public void TurnsAtMidnightThereNotASecondLater()
    {
        // 04:59:59 UTC is 23:59:59 in New York in November (UTC-5).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 4, 59, 59, TimeSpan.Zero));
        var today = new SiteToday(clock, Options.Create(new SiteOptions { TimeZone = "America/New_York" }));
        Assert.Equal(new DateOnly(2026, 11, 26), today.Date);

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(new DateOnly(2026, 11, 27), today.Date);
    }

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset UtcNow { get; set; }

        public override DateTimeOffset GetUtcNow() => UtcNow;
    }
}
