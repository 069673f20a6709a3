namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// A theatrical run with engagements a moviegoer can act on, for the day <see cref="Today"/>: the 2012 run
/// (its holiday engagement with a city, and a ticket page that must no longer be offered), one showing now with its city,
/// address and ticket page, and one coming with a city and ticket page but no address. Theaters, addresses and
/// pages are made up (example.org), not facts about the film.
/// </summary>
public static class RunWithTickets
{
    /// <summary>New York's wall clock on the day the pages are read: the Riverside engagement's 17th day.</summary>
    public const string Today = "2026-12-20 12:00";

    public const string Showing = """{ "theater": "Riverside Screen", "city": "New York", "address": "100 Example Street, New York, NY 10001", "tickets": "https://tickets.example.org/riverside", "start": "2026-12-04", "end": "2026-12-25" }""";

    public const string ComingNext = """{ "theater": "Hillside Cinema", "city": "Los Angeles", "tickets": "https://tickets.example.org/hillside", "start": "2027-01-08", "end": "2027-01-21" }""";

    /// <summary>
    /// The same run moved to the real today in New York, for sites on the real clock (the browser's): Riverside
    /// shows from 16 days ago to 5 days ahead, Hillside opens in 19 days.
    /// </summary>
    public static string AroundToday()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, zone));
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Json().Replace("2026-12-04", Day(-16), StringComparison.Ordinal).Replace("2026-12-25", Day(5), StringComparison.Ordinal)
            .Replace("2027-01-08", Day(19), StringComparison.Ordinal).Replace("2027-01-21", Day(32), StringComparison.Ordinal);
    }

    /// <summary>The run, with <paramref name="more"/> engagements added at its end.</summary>
    public static string Json(params string[] more) => ContentText.Run(
    [
        """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-08" }""",
        """{ "theater": "Lincoln Plaza", "start": "2012-07-27", "end": "2012-08-16" }""",
        """{ "theater": "IFC Center", "city": "New York", "tickets": "https://tickets.example.org/ifc-2012", "start": "2012-12-28", "end": "2013-01-10" }""",
        ComingNext,
        Showing,
        .. more,
    ]);
}
