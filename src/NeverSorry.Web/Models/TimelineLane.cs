using NeverSorry.Content.Model;

namespace NeverSorry.Web.Models;

/// <summary>One lane of the timeline: engagements close together in time, one row each, over a month axis of their own.</summary>
public sealed record TimelineLane(int Top, int AxisY, IReadOnlyList<TimelineBar> Bars, IReadOnlyList<TimelineTick> Ticks)
{
    /// <summary>Room for a month label as drawn on a phone (19px text, "Sep 2012"), in the chart's units.</summary>
    private const double LabelRoom = 80;

    /// <summary>Months between labels: the first of these that leaves room for each label.</summary>
    private static readonly int[] s_labelSteps = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200];

    public int Bottom => AxisY + RunTimeline.AxisHeight - 4;

    public static TimelineLane Of(IReadOnlyList<Engagement> engagements, int top)
    {
        var axisStart = new DateOnly(engagements.Min(e => e.Start).Year, engagements.Min(e => e.Start).Month, 1);
        var axisEnd = Months.FirstOfNext(engagements.Max(e => e.End));
        double scale = (double)RunTimeline.ChartWidth / (axisEnd.DayNumber - axisStart.DayNumber);
        double X(DateOnly day) => Math.Round((day.DayNumber - axisStart.DayNumber) * scale, 1);

        var bars = new List<TimelineBar>();
        foreach (var engagement in engagements)
        {
            // A short engagement still gets a visible bar, but never one that runs past the chart.
            var x = X(engagement.Start);
            var width = Math.Min(Math.Max(2, Math.Round(engagement.Days * scale, 1)), RunTimeline.ChartWidth - x);
            var row = top + (bars.Count * RunTimeline.RowHeight);
            bars.Add(new TimelineBar(engagement, x, width, row + 16, row + 22));
        }
        var axisY = top + (engagements.Count * RunTimeline.RowHeight) + 4;
        return new TimelineLane(top, axisY, bars, AxisTicks(axisStart, axisEnd, scale, X));
    }

    private static List<TimelineTick> AxisTicks(DateOnly axisStart, DateOnly axisEnd, double scale, Func<DateOnly, double> x)
    {
        var monthWidth = scale * 30.4;
        var step = s_labelSteps.FirstOrDefault(s => s * monthWidth >= LabelRoom, s_labelSteps[^1]);
        var ticks = new List<TimelineTick>();
        var index = 0;
        var lastLabel = double.NegativeInfinity;
        for (var month = axisStart; month < axisEnd; month = Months.FirstOfNext(month), index++)
        {
            // Yearly steps label Januaries (and the first month); finer ones count months from the start.
            var labelled = step >= 12 ? month == axisStart || (month.Month == 1 && (month.Year % (step / 12)) == 0) : index % step == 0;
            // A label needs room from the one before it and before the chart's right edge.
            labelled = labelled && x(month) - lastLabel >= LabelRoom && x(month) + LabelRoom <= RunTimeline.ChartWidth + 8;
            if (labelled)
            {
                lastLabel = x(month);
                ticks.Add(new TimelineTick(x(month), Months.Label(month, month == axisStart || month.Month == 1, step >= 12)));
            }
            else if (monthWidth >= 6)
            {
                ticks.Add(new TimelineTick(x(month), null));
            }
        }
        ticks.Add(new TimelineTick(x(axisEnd), null));
        return ticks;
    }
}
