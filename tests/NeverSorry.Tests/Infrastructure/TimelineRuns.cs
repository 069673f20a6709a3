namespace NeverSorry.Tests.Infrastructure;

/// <summary>A run for the timeline's tests: the 2012 run, then one engagement showing on <see cref="Today"/> and one coming after it.</summary>
public static class TimelineRuns
{
    /// <summary>December 5, 2026, noon in New York (the site's default zone).</summary>
    public static readonly DateTimeOffset Today = new(2026, 12, 5, 17, 0, 0, TimeSpan.Zero);

    /// <summary>As <see cref="SiteOnADay.At"/> writes it.</summary>
    public const string TodayInNewYork = "2026-12-05 12:00";

    public static string ShowingAndComing { get; } = ContentText.Run(
        """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-08" }""",
        """{ "theater": "Lincoln Plaza", "start": "2012-07-27", "end": "2012-08-16" }""",
        """{ "theater": "Playhouse 7", "start": "2012-08-03", "end": "2012-08-23" }""",
        """{ "theater": "The Landmark", "start": "2012-08-03", "end": "2012-08-16" }""",
        """{ "theater": "Kendall Square Cinema", "start": "2012-08-03", "end": "2012-08-16" }""",
        """{ "theater": "Town Center 5", "start": "2012-08-03", "end": "2012-08-09" }""",
        """{ "theater": "IFC Center", "start": "2012-12-28", "end": "2013-01-10" }""",
        """{ "theater": "Film Forum", "start": "2026-11-20", "end": "2026-12-14" }""",
        """{ "theater": "Laemmle Royal", "start": "2026-12-18", "end": "2027-01-07" }""");
}
