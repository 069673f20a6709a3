using NeverSorry.Content.Model;
using NeverSorry.Web.Models;
using NeverSorry.Web.Run;

namespace NeverSorry.Tests.Unit.Models;

/// <summary>Where the timeline puts today: a line in the lane it falls in or near, else words.</summary>
public class RunTimelineToday
{
    private static readonly DateOnly December5 = new(2026, 12, 5);

    /// <summary>The 2012 run, one engagement showing on December 5, 2026 and one coming after it.</summary>
    private static IReadOnlyList<Engagement> ShowingAndComing { get; } =
    [
        .. Engagements.RealRun,
        Engagements.Of("Film Forum", "2026-11-20", "2026-12-14"),
        Engagements.Of("Laemmle Royal", "2026-12-18", "2027-01-07"),
    ];

    [Fact]
    public void DrawsTodayInTheLaneItFallsInBetweenTheBarShowingNowAndTheOneComing()
    {
        var timeline = RunTimeline.Of(ShowingAndComing, December5);

        Assert.Equal(TodayPlace.InLane, timeline.Today.Place);
        Assert.Null(timeline.Lanes[0].TodayX);
        var lane = timeline.Lanes[1];
        var (now, coming) = (lane.Bars[0], lane.Bars[1]);
        Assert.InRange(lane.TodayX!.Value, now.X, now.X + now.Width);
        Assert.True(lane.TodayX < coming.X, $"Today at {lane.TodayX}% is not before the coming bar at {coming.X}%.");
        Assert.Equal(["Past", "Now showing", "Coming"], timeline.Bars.Select(b => b.StatusText).Distinct());
        Assert.Equal(["now", "coming"], lane.Bars.Select(b => b.StatusClass));
    }

    [Fact]
    public void StretchesTheLastLaneToReachTodayAFewWeeksAfterTheRun()
    {
        var timeline = RunTimeline.Of(Engagements.RealRun, new DateOnly(2013, 3, 1));

        var lane = Assert.Single(timeline.Lanes);
        Assert.Equal(TodayPlace.InLane, timeline.Today.Place);
        Assert.Equal(new DateOnly(2013, 4, 1), lane.Span.Until);
        Assert.Equal(100, lane.Width, 3);
        Assert.True(lane.TodayX > lane.Bars.Max(b => b.X + b.Width), "Today is drawn before the run's last day.");
    }

    [Fact]
    public void StartsTheLaneEarlierForTodayAFewWeeksBeforeTheRunOpens()
    {
        var timeline = RunTimeline.Of([Engagements.Of("Film Forum", "2027-01-10", "2027-01-23")], December5);

        Assert.Equal(new DateOnly(2026, 12, 1), timeline.Lanes[0].Span.From);
        Assert.True(timeline.Lanes[0].TodayX < timeline.Bars[0].X, "Today is drawn after the opening day.");
        Assert.Equal("Coming", timeline.Bars[0].StatusText);
    }

    [Fact]
    public void SaysInWordsHowLongAgoTheRunClosedWhenTodayIsYearsAfterIt()
    {
        var timeline = RunTimeline.Of(Engagements.RealRun, December5);

        Assert.Equal(new TimelineToday(December5, TodayPlace.AfterRun, "13 years and 10 months"), timeline.Today);
        Assert.All(timeline.Lanes, lane => Assert.Null(lane.TodayX));
        Assert.Equal(new DateOnly(2013, 2, 1), timeline.Lanes[0].Span.Until);
    }

    [Fact]
    public void SaysInWordsHowLongBeforeTheRunTodayIsWhenFarAhead()
    {
        var timeline = RunTimeline.Of(Engagements.RealRun, new DateOnly(2011, 1, 1));

        Assert.Equal(TodayPlace.BeforeRun, timeline.Today.Place);
        Assert.Equal("1 year and 6 months", timeline.Today.Distance);
        Assert.All(timeline.Bars, bar => Assert.Equal(EngagementStatus.Coming, bar.Status));
    }

    [Fact]
    public void MarksTheGapTodayFallsIn()
    {
        var timeline = RunTimeline.Of(Engagements.WithReRelease, new DateOnly(2020, 6, 1));

        Assert.Equal(TodayPlace.InGap, timeline.Today.Place);
        Assert.True(timeline.Lanes[1].GapBefore!.HoldsToday);
        Assert.All(timeline.Lanes, lane => Assert.Null(lane.TodayX));
    }
}
