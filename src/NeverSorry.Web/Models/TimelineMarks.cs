using NeverSorry.Content.Model;

namespace NeverSorry.Web.Models;

/// <summary>The break before a lane: the time between the lanes, which is not drawn, said in words.</summary>
/// <param name="HoldsToday">Today falls in the gap, too far from either lane to be drawn.</param>
public sealed record TimelineGap(string Length, bool HoldsToday)
{
    internal static TimelineGap Between(IReadOnlyList<Engagement> before, IReadOnlyList<Engagement> after, DateOnly today)
    {
        var closed = before.Max(e => e.End);
        var opens = after.Min(e => e.Start);
        return new TimelineGap(Months.Between(closed, opens), today > closed && today < opens);
    }
}

public enum TodayPlace
{
    /// <summary>Drawn as a line in the lane whose <see cref="TimelineLane.TodayX"/> is set.</summary>
    InLane,

    /// <summary>Long before the first engagement opens.</summary>
    BeforeRun,

    /// <summary>In a gap between lanes (<see cref="TimelineGap.HoldsToday"/>).</summary>
    InGap,

    /// <summary>Long after the last engagement closed.</summary>
    AfterRun,
}

/// <summary>
/// Where today stands. Far from every engagement it is said in words, not drawn: on the run's one scale a line
/// years away would leave the chart mostly empty and the bars thin, for the sake of one line.
/// </summary>
/// <param name="Distance">How far before the run's first day or after its last, in words; null when drawn or in a gap.</param>
public sealed record TimelineToday(DateOnly Date, TodayPlace Place, string? Distance)
{
    internal static TimelineToday Of(DateOnly today, bool drawn, IReadOnlyList<Engagement> engagements)
    {
        var first = engagements.Min(e => e.Start);
        var last = engagements.Max(e => e.End);
        return drawn ? new(today, TodayPlace.InLane, null)
            : today < first ? new(today, TodayPlace.BeforeRun, Months.Between(today, first))
            : today > last ? new(today, TodayPlace.AfterRun, Months.Between(last, today))
            : new(today, TodayPlace.InGap, null);
    }
}
