using NeverSorry.Web.Content;

namespace NeverSorry.Web.Models;

/// <summary>The totals printed under the theatrical run's table.</summary>
/// <param name="ScreenDays">Days summed over every engagement: two theaters on one day count twice.</param>
/// <param name="DaysInTheaters">Calendar days on which at least one theater showed the film.</param>
public sealed record RunSummary(int Engagements, int Theaters, int ScreenDays, int DaysInTheaters, DateOnly FirstDay, DateOnly LastDay)
{
    public static RunSummary Of(IReadOnlyList<Engagement> engagements)
    {
        var daysShowing = new HashSet<int>();
        foreach (var engagement in engagements)
        {
            for (var day = engagement.Start.DayNumber; day <= engagement.End.DayNumber; day++)
            {
                daysShowing.Add(day);
            }
        }
        return new RunSummary(
            engagements.Count,
            engagements.Select(e => e.Theater).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            engagements.Sum(e => e.Days),
            daysShowing.Count,
            engagements.Min(e => e.Start),
            engagements.Max(e => e.End));
    }
}
