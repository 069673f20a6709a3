using System.Globalization;
using NeverSorry.Content.Model;

namespace NeverSorry.Web.Models;

/// <summary>
/// The geometry of the theatrical run's timeline, computed on the server so the page needs no script. Engagements
/// months apart (a re-release years later) get a lane each, and a marked gap between lanes stands for the years
/// not drawn; every lane is drawn on ONE scale (<see cref="PercentPerDay"/> of the track's width), so a day has the
/// same length in every lane. Positions are percentages of the track, so the page lays them out at any width
/// without inline styles (the site's policy forbids them) and its text keeps its own size.
/// </summary>
public sealed record RunTimeline(double PercentPerDay, IReadOnlyList<TimelineLane> Lanes, TimelineToday Today)
{
    /// <summary>The narrowest track the chart is drawn in, in CSS px (site.css: a 30rem figure less its 11rem labels).</summary>
    public const double NarrowestTrack = 300;

    /// <summary>A gap longer than this starts a new lane: a re-release, not the same run. Today farther than this from every lane is said in words.</summary>
    internal const int BreakDays = 183;

    public static RunTimeline Of(IReadOnlyList<Engagement> engagements, DateOnly today)
    {
        var groups = Groups(engagements).ToList();
        var todayLane = LaneNearest(groups, today);
        var spans = groups.Select((group, i) => AxisSpan(group, i == todayLane ? today : null)).ToList();
        var percentPerDay = 100.0 / spans.Max(s => s.Days);

        var lanes = groups.Select((group, i) => TimelineLane.Of(
            group, spans[i], percentPerDay, today,
            showsToday: i == todayLane,
            gapBefore: i == 0 ? null : TimelineGap.Between(groups[i - 1], group, today))).ToList();
        return new RunTimeline(percentPerDay, lanes, TimelineToday.Of(today, todayLane is not null, engagements));
    }

    /// <summary>Engagements in their order, cut where one opens more than <see cref="BreakDays"/> after all before it closed.</summary>
    private static IEnumerable<IReadOnlyList<Engagement>> Groups(IReadOnlyList<Engagement> engagements)
    {
        var group = new List<Engagement>();
        var closes = DateOnly.MinValue;
        foreach (var engagement in engagements)
        {
            if (group.Count > 0 && engagement.Start.DayNumber - closes.DayNumber > BreakDays)
            {
                yield return group;
                group = [];
            }
            group.Add(engagement);
            closes = group.Count == 1 || engagement.End > closes ? engagement.End : closes;
        }
        yield return group;
    }

    /// <summary>The lane whose engagements come within <see cref="BreakDays"/> of today, the nearest if two do; none when today is far from all.</summary>
    private static int? LaneNearest(List<IReadOnlyList<Engagement>> groups, DateOnly today)
    {
        int Distance(IReadOnlyList<Engagement> group) =>
            Math.Max(0, Math.Max(group.Min(e => e.Start).DayNumber - today.DayNumber, today.DayNumber - group.Max(e => e.End).DayNumber));

        var nearest = Enumerable.Range(0, groups.Count).MinBy(i => Distance(groups[i]));
        return Distance(groups[nearest]) <= BreakDays ? nearest : null;
    }

    /// <summary>Whole months from the first of the month of the first day to the first of the month after the last (and after today, when the lane shows it).</summary>
    private static AxisSpan AxisSpan(IReadOnlyList<Engagement> group, DateOnly? today)
    {
        var first = group.Min(e => e.Start);
        var last = group.Max(e => e.End);
        if (today is { } day)
        {
            first = day < first ? day : first;
            last = day > last ? day : last;
        }
        return new AxisSpan(new DateOnly(first.Year, first.Month, 1), Months.FirstOfNext(last));
    }
}

/// <summary>A lane's month axis: from the first day of its first month to <see cref="Until"/>, the first day after it.</summary>
public sealed record AxisSpan(DateOnly From, DateOnly Until)
{
    public int Days => Until.DayNumber - From.DayNumber;
}

/// <summary>Month arithmetic and wording for the timeline.</summary>
internal static class Months
{
    /// <summary>The first day of the next month; the calendar's last day for December 9999, which has no next month.</summary>
    public static DateOnly FirstOfNext(DateOnly day) =>
        day.Year == DateOnly.MaxValue.Year && day.Month == 12 ? DateOnly.MaxValue : new DateOnly(day.Year, day.Month, 1).AddMonths(1);

    public static string Label(DateOnly month, bool withYear, bool yearOnly) =>
        month.ToString(yearOnly ? "yyyy" : withYear ? "MMM yyyy" : "MMM", CultureInfo.InvariantCulture);

    /// <summary>Whole months from one day to a later one: "13 years and 10 months", "7 months", "less than a month".</summary>
    public static string Between(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
        var (years, rest) = (months / 12, months % 12);
        static string Count(int n, string unit) => $"{n} {unit}{(n == 1 ? "" : "s")}";
        return (years, rest) switch
        {
            (0, 0) => "less than a month",
            (0, _) => Count(rest, "month"),
            (_, 0) => Count(years, "year"),
            _ => $"{Count(years, "year")} and {Count(rest, "month")}",
        };
    }
}
