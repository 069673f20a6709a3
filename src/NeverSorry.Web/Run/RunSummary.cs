using NeverSorry.Content.Model;

namespace NeverSorry.Web.Run;

/// <summary>The totals printed under the theatrical run's table.</summary>
/// <param name="ScreenDays">Days summed over every engagement: two theaters on one day count twice.</param>
/// <param name="DaysInTheaters">Calendar days on which at least one theater showed the film.</param>
public sealed record RunSummary(int Engagements, int Theaters, long ScreenDays, int DaysInTheaters, DateOnly FirstDay, DateOnly LastDay)
{
    public static RunSummary Of(IReadOnlyList<Engagement> engagements) =>
        new(
            engagements.Count,
            engagements.Select(e => e.Theater).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            engagements.Sum(e => (long)e.Days),
            DaysCovered(engagements),
            engagements.Min(e => e.Start),
            engagements.Max(e => e.End));

    /// <summary>The days of the union of the engagements, merged in order of their start (never day by day: runs may be long).</summary>
    private static int DaysCovered(IReadOnlyList<Engagement> engagements)
    {
        var covered = 0;
        var coveredUntil = int.MinValue;
        foreach (var engagement in engagements.OrderBy(e => e.Start))
        {
            var from = Math.Max(engagement.Start.DayNumber, coveredUntil + 1);
            if (engagement.End.DayNumber >= from)
            {
                covered += engagement.End.DayNumber - from + 1;
                coveredUntil = engagement.End.DayNumber;
            }
        }
        return covered;
    }
}
