using System.Globalization;
using NeverSorry.Web.Content;

namespace NeverSorry.Web.Models;

/// <summary>
/// The geometry of the theatrical run's timeline picture, computed on the server so the page needs no
/// script: one bar per engagement on a shared time axis, with a tick at the start of every month.
/// </summary>
public sealed record RunTimeline(int Width, int Height, IReadOnlyList<TimelineBar> Bars, IReadOnlyList<TimelineTick> Ticks)
{
    public const int ChartWidth = 640;
    private const int RowHeight = 40;
    private const int AxisHeight = 28;

    public static RunTimeline Of(IReadOnlyList<Engagement> engagements)
    {
        var first = engagements.Min(e => e.Start);
        var last = engagements.Max(e => e.End);
        var axisStart = new DateOnly(first.Year, first.Month, 1);
        var axisEnd = FirstOfNextMonth(last);
        double scale = (double)ChartWidth / (axisEnd.DayNumber - axisStart.DayNumber);

        double X(DateOnly day) => Math.Round((day.DayNumber - axisStart.DayNumber) * scale, 1);

        TimelineBar Bar(Engagement engagement, int row)
        {
            // A short engagement still gets a visible bar, but never one that runs past the chart.
            var x = X(engagement.Start);
            var width = Math.Min(Math.Max(2, Math.Round(engagement.Days * scale, 1)), ChartWidth - x);
            return new TimelineBar(engagement, x, width, (row * RowHeight) + 16, (row * RowHeight) + 22);
        }

        var bars = engagements.Select(Bar).ToArray();

        var ticks = new List<TimelineTick>();
        for (var month = axisStart; month < axisEnd; month = FirstOfNextMonth(month))
        {
            var showYear = month == axisStart || month.Month == 1;
            ticks.Add(new TimelineTick(X(month), month.ToString(showYear ? "MMM yyyy" : "MMM", CultureInfo.InvariantCulture)));
        }
        ticks.Add(new TimelineTick(X(axisEnd), null));

        var height = (engagements.Count * RowHeight) + AxisHeight;
        return new RunTimeline(ChartWidth, height, bars, ticks);
    }

    /// <summary>The first day of the next month; the calendar's last day for December 9999, which has no next month.</summary>
    private static DateOnly FirstOfNextMonth(DateOnly day) =>
        day.Year == DateOnly.MaxValue.Year && day.Month == 12 ? DateOnly.MaxValue : new DateOnly(day.Year, day.Month, 1).AddMonths(1);

    /// <summary>Where the month axis is drawn.</summary>
    public int AxisY => Height - AxisHeight + 4;
}

public sealed record TimelineBar(Engagement Engagement, double X, double Width, int LabelY, int BarY)
{
    /// <summary>Bars in the right half carry their label right-aligned to their end, so it stays inside the chart.</summary>
    public bool LabelAtEnd => X > RunTimeline.ChartWidth / 2.0;

    public double LabelX => LabelAtEnd ? X + Width : X;
}

/// <summary>A month's gridline; the closing edge of the axis has no label.</summary>
public sealed record TimelineTick(double X, string? Label);
