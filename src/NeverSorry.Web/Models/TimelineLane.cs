using System.Globalization;
using NeverSorry.Content.Model;
using NeverSorry.Web.Run;

namespace NeverSorry.Web.Models;

/// <summary>
/// One lane of the timeline: engagements close together in time, one row each, over a month axis of their own.
/// X and widths are percentages of the track; the lane itself is <see cref="Width"/> percent of it, by the run's one scale.
/// </summary>
public sealed record TimelineLane(
    AxisSpan Span,
    double Width,
    IReadOnlyList<TimelineBar> Bars,
    IReadOnlyList<TimelineTick> Ticks,
    double? TodayX,
    TimelineGap? GapBefore)
{
    /// <summary>Months between labels: the first of these that leaves room for each label.</summary>
    private static readonly int[] s_labelSteps = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200];

    /// <summary>The months the engagements cover, as the lane's heading: "July – November 2012", "July 2012 – January 2013".</summary>
    public string Heading
    {
        get
        {
            var first = Bars.Min(b => b.Engagement.Start);
            var last = Bars.Max(b => b.Engagement.End);
            static string Say(DateOnly day, string format) => day.ToString(format, CultureInfo.InvariantCulture);
            return (first.Year == last.Year, first.Month == last.Month) switch
            {
                (true, true) => Say(first, "MMMM yyyy"),
                (true, false) => $"{Say(first, "MMMM")} – {Say(last, "MMMM yyyy")}",
                _ => $"{Say(first, "MMMM yyyy")} – {Say(last, "MMMM yyyy")}",
            };
        }
    }

    internal static TimelineLane Of(IReadOnlyList<Engagement> engagements, AxisSpan span, double percentPerDay, DateOnly today, bool showsToday, TimelineGap? gapBefore)
    {
        double X(DateOnly day) => Math.Round((day.DayNumber - span.From.DayNumber) * percentPerDay, 3);

        // Only December 9999, whose axis ends a day short (the calendar has no day after it), needs the limit.
        var bars = engagements
            .Select(e => new TimelineBar(e, e.StatusOn(today), X(e.Start), Math.Min(Math.Round(e.Days * percentPerDay, 3), X(span.Until) - X(e.Start))))
            .ToList();
        // Today's line stands in the middle of its day, as a bar covers its days whole.
        var todayX = showsToday ? Math.Round((today.DayNumber - span.From.DayNumber + 0.5) * percentPerDay, 3) : (double?)null;
        return new TimelineLane(span, X(span.Until), bars, AxisTicks(span, percentPerDay, X), todayX, gapBefore);
    }

    private static List<TimelineTick> AxisTicks(AxisSpan span, double percentPerDay, Func<DateOnly, double> x)
    {
        // Room is judged on the narrowest track the chart is drawn in: a label fits there, so it fits everywhere.
        static double Room(string label) => ((label.Length * 7.5) + 8) / RunTimeline.NarrowestTrack * 100;
        var monthWidth = percentPerDay * 30.4;
        var step = s_labelSteps.FirstOrDefault(s => s * monthWidth >= Room("Sep 2012"), s_labelSteps[^1]);
        var ticks = new List<TimelineTick>();
        var index = 0;
        var freeFrom = double.NegativeInfinity;
        for (var month = span.From; month < span.Until; month = Months.FirstOfNext(month), index++)
        {
            // Yearly steps label Januaries (and the first month); finer ones count months from the start.
            var labelled = step >= 12 ? month == span.From || (month.Month == 1 && (month.Year % (step / 12)) == 0) : index % step == 0;
            var label = Months.Label(month, month == span.From || month.Month == 1, step >= 12);
            // A label needs room after the one before it and before the track's right edge.
            if (labelled && x(month) >= freeFrom && x(month) + Room(label) <= 100)
            {
                freeFrom = x(month) + Room(label);
                ticks.Add(new TimelineTick(x(month), label));
            }
            else if (monthWidth * RunTimeline.NarrowestTrack / 100 >= 6)
            {
                ticks.Add(new TimelineTick(x(month), null));
            }
        }
        ticks.Add(new TimelineTick(x(span.Until), null));
        return ticks;
    }
}

/// <summary>One engagement's bar, at <see cref="X"/> percent of the track and <see cref="Width"/> percent long.</summary>
public sealed record TimelineBar(Engagement Engagement, EngagementStatus Status, double X, double Width)
{
    public string StatusText => TimelineStatus.Words(Status);

    public string StatusClass => TimelineStatus.ClassOf(Status);

    public string DaysText => $"{Engagement.Days} {(Engagement.Days == 1 ? "day" : "days")}";
}

/// <summary>A month's gridline at <see cref="X"/> percent of the track; a null label is a line only.</summary>
public sealed record TimelineTick(double X, string? Label);

/// <summary>How the timeline tells past, now and coming apart, in its legend and in every row.</summary>
public static class TimelineStatus
{
    public static IReadOnlyList<EngagementStatus> InLegendOrder { get; } = [EngagementStatus.Past, EngagementStatus.NowShowing, EngagementStatus.Coming];

    /// <summary>The status in words, as every reader of a bar gets it.</summary>
    public static string Words(EngagementStatus status) => status switch
    {
        EngagementStatus.NowShowing => "Now showing",
        EngagementStatus.Coming => "Coming",
        _ => "Past",
    };

    /// <summary>The class suffix that draws it: solid for now, hatched for coming, thin and muted for past.</summary>
    public static string ClassOf(EngagementStatus status) => status switch
    {
        EngagementStatus.NowShowing => "now",
        EngagementStatus.Coming => "coming",
        _ => "past",
    };
}
