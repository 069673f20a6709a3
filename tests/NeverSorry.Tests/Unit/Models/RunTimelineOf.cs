using NeverSorry.Content.Model;
using NeverSorry.Web.Models;

namespace NeverSorry.Tests.Unit.Models;

public class RunTimelineOf
{
    public static TheoryData<string, IReadOnlyList<Engagement>> Runs => new()
    {
        { "the real run", Engagements.RealRun },
        { "one day", [Engagements.Of("IFC Center", "2012-07-27", "2012-07-27")] },
        { "the last day of a month", [Engagements.Of("IFC Center", "2012-07-01", "2012-07-31"), Engagements.Of("Lincoln Plaza", "2012-07-31", "2012-07-31")] },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void DrawsOneBarPerEngagementInTheirOrder(string run, IReadOnlyList<Engagement> engagements)
    {
        var timeline = RunTimeline.Of(engagements);

        Assert.Equal(engagements, timeline.Bars.Select(b => b.Engagement));
        Assert.True(timeline.Bars.Select(b => b.BarY).Distinct().Count() == engagements.Count, $"{run}: two bars share a row.");
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void KeepsEveryBarWithinTheChart(string run, IReadOnlyList<Engagement> engagements)
    {
        var timeline = RunTimeline.Of(engagements);

        Assert.All(timeline.Bars, bar =>
        {
            Assert.True(bar.X >= 0 && bar.Width > 0, $"{run}: {bar.Engagement.Theater} starts at {bar.X} with width {bar.Width}.");
            Assert.True(bar.X + bar.Width <= timeline.Width, $"{run}: {bar.Engagement.Theater} ends at {bar.X + bar.Width}, past {timeline.Width}.");
            Assert.InRange(bar.BarY, 0, timeline.AxisY);
        });
    }

    [Fact]
    public void KeepsAOneDayBarAtTheEndOfALongRunWithinTheChart()
    {
        var timeline = RunTimeline.Of(
        [
            Engagements.Of("IFC Center", "2012-01-01", "2012-01-01"),
            Engagements.Of("IFC Center", "2013-12-31", "2013-12-31"),
        ]);

        var last = timeline.Bars[^1];
        Assert.True(last.X + last.Width <= timeline.Width, $"The last bar ends at {last.X + last.Width}, past {timeline.Width}.");
    }

    [Fact]
    public void DrawsBarsInProportionToTheirDays()
    {
        var timeline = RunTimeline.Of(Engagements.RealRun);

        var scale = timeline.Bars[0].Width / timeline.Bars[0].Engagement.Days;
        Assert.All(timeline.Bars, bar => Assert.Equal(bar.Engagement.Days * scale, bar.Width, 0.2));
    }

    [Fact]
    public void StartsEachBarAtItsOpeningDay()
    {
        var timeline = RunTimeline.Of(Engagements.RealRun);

        var lincoln = timeline.Bars[1];
        var playhouse = timeline.Bars[2];
        var ifcAgain = timeline.Bars[6];
        Assert.Equal(timeline.Bars[0].X, lincoln.X);
        Assert.True(playhouse.X > lincoln.X);
        Assert.True(ifcAgain.X > timeline.Bars[0].X + timeline.Bars[0].Width);
    }

    [Fact]
    public void MarksTheStartOfEveryMonthOfTheRun()
    {
        var timeline = RunTimeline.Of(Engagements.RealRun);

        Assert.Equal(
            ["Jul 2012", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan 2013"],
            timeline.Ticks.Select(t => t.Label).OfType<string>());
        Assert.Null(timeline.Ticks[^1].Label);
        Assert.Equal(0, timeline.Ticks[0].X);
        Assert.Equal(timeline.Width, timeline.Ticks[^1].X);
        Assert.Equal(timeline.Ticks.OrderBy(t => t.X), timeline.Ticks);
    }

    [Fact]
    public void GrowsOneRowTallerPerEngagement()
    {
        var one = RunTimeline.Of([Engagements.RealRun[0]]);
        var seven = RunTimeline.Of(Engagements.RealRun);

        Assert.Equal(RunTimeline.ChartWidth, seven.Width);
        Assert.Equal(6 * (seven.Bars[1].BarY - seven.Bars[0].BarY), seven.Height - one.Height);
    }

    [Fact]
    public void DrawsARunThatEndsOnTheCalendarsLastDay()
    {
        // Validation refuses such a date; the page must not fail on it all the same.
        var timeline = RunTimeline.Of([Engagements.Of("IFC Center", "9999-11-01", "9999-12-31")]);

        Assert.Equal(["Nov 9999", "Dec"], timeline.Ticks.Select(t => t.Label).OfType<string>());
        Assert.Equal(timeline.Width, timeline.Ticks[^1].X);
        Assert.True(timeline.Bars[0].X + timeline.Bars[0].Width <= timeline.Width);
    }

    [Fact]
    public void GivesAReReleaseYearsLaterALaneOfItsOwnSoTheFirstRunKeepsItsWidth()
    {
        var alone = RunTimeline.Of(Engagements.RealRun);
        var withReRelease = RunTimeline.Of([.. Engagements.RealRun, Engagements.Of("IFC Center", "2026-12-04", "2026-12-17")]);

        Assert.Equal(2, withReRelease.Lanes.Count);
        Assert.Equal(alone.Bars.Select(b => b.Width), withReRelease.Lanes[0].Bars.Select(b => b.Width));
        Assert.Equal(["Dec 2026"], withReRelease.Lanes[1].Ticks.Select(t => t.Label).OfType<string>());
        Assert.True(withReRelease.Lanes[1].Top > withReRelease.Lanes[0].AxisY + RunTimeline.AxisHeight - 4, "The lanes overlap.");
        Assert.True(withReRelease.Lanes[1].Bars[0].Width > 100, "The re-release's two weeks are squeezed.");
    }

    [Fact]
    public void LabelsOnlyAsManyMonthsAsFitOverAYearsLongRun()
    {
        var timeline = RunTimeline.Of([Engagements.Of("IFC Center", "2012-07-27", "2026-12-17")]);

        var labelled = timeline.Ticks.Where(t => t.Label is not null).Select(t => t.X).ToList();
        Assert.InRange(labelled.Count, 2, RunTimeline.ChartWidth / 80);
        Assert.All(labelled.Zip(labelled.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 80, $"Labels at {pair.First} and {pair.Second} overlap."));
        Assert.All(labelled, x => Assert.True(x + 80 <= RunTimeline.ChartWidth + 8, $"A label at {x} runs past the chart."));
    }

    [Fact]
    public void DrawsASingleDayScreeningOverItsMonthWithABarYouCanSee()
    {
        var timeline = RunTimeline.Of([Engagements.Of("IFC Center", "2026-12-04", "2026-12-04")]);

        Assert.Equal(["Dec 2026"], timeline.Ticks.Select(t => t.Label).OfType<string>());
        Assert.True(timeline.Bars[0].Width >= 15, $"The one day is {timeline.Bars[0].Width} wide.");
        Assert.Equal("IFC Center · 1 day", timeline.Bars[0].Label);
    }
}

/// <summary>The timeline's lanes read as one chart, as the tests compare it.</summary>
internal static class WholeTimeline
{
    extension(RunTimeline timeline)
    {
        public IReadOnlyList<TimelineBar> Bars => [.. timeline.Lanes.SelectMany(lane => lane.Bars)];

        public IReadOnlyList<TimelineTick> Ticks => [.. timeline.Lanes.SelectMany(lane => lane.Ticks)];

        /// <summary>Where the last lane's month axis is drawn.</summary>
        public int AxisY => timeline.Lanes[^1].AxisY;
    }
}
