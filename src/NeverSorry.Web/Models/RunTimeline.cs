using System.Globalization;
using NeverSorry.Content.Model;

namespace NeverSorry.Web.Models;

/// <summary>
/// The geometry of the theatrical run's timeline picture, computed on the server so the page needs no
/// script. Engagements months apart (a re-release years later) get a lane each, stacked, so neither is
/// squeezed; each lane has its own month axis, labelled only as often as its labels fit.
/// </summary>
public sealed record RunTimeline(int Width, int Height, IReadOnlyList<TimelineLane> Lanes)
{
    public const int ChartWidth = 640;
    internal const int RowHeight = 40;
    internal const int AxisHeight = 28;
    private const int LaneGap = 24;

    /// <summary>A gap longer than this starts a new lane: a re-release, not the same run.</summary>
    private const int BreakDays = 183;

    public static RunTimeline Of(IReadOnlyList<Engagement> engagements)
    {
        var lanes = new List<TimelineLane>();
        var top = 0;
        foreach (var group in Groups(engagements))
        {
            var lane = TimelineLane.Of(group, top);
            lanes.Add(lane);
            top = lane.Bottom + LaneGap;
        }
        return new RunTimeline(ChartWidth, lanes[^1].Bottom, lanes);
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
}

/// <summary>The first day of the next month; the calendar's last day for December 9999, which has no next month.</summary>
internal static class Months
{
    public static DateOnly FirstOfNext(DateOnly day) =>
        day.Year == DateOnly.MaxValue.Year && day.Month == 12 ? DateOnly.MaxValue : new DateOnly(day.Year, day.Month, 1).AddMonths(1);

    public static string Label(DateOnly month, bool withYear, bool yearOnly) =>
        month.ToString(yearOnly ? "yyyy" : withYear ? "MMM yyyy" : "MMM", CultureInfo.InvariantCulture);
}

public sealed record TimelineBar(Engagement Engagement, double X, double Width, int LabelY, int BarY)
{
    /// <summary>Bars in the right half carry their label right-aligned to their end, so it stays inside the chart.</summary>
    public bool LabelAtEnd => X > RunTimeline.ChartWidth / 2.0;

    public double LabelX => LabelAtEnd ? X + Width : X;

    public string Label => $"{Engagement.Theater} · {DaysText}";

    /// <summary>The bar's tooltip: the theater, then its days.</summary>
    public string Title => $"{Engagement.Theater}: {DaysText}";

    private string DaysText => $"{Engagement.Days} {(Engagement.Days == 1 ? "day" : "days")}";
}

/// <summary>A month's gridline at <see cref="X"/>, from its lane's top to its axis; a null label is a line only.</summary>
public sealed record TimelineTick(double X, string? Label);
