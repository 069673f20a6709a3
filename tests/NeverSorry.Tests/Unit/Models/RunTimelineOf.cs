using NeverSorry.Content.Model;
using NeverSorry.Web.Models;

namespace NeverSorry.Tests.Unit.Models;

public class RunTimelineOf
{
    /// <summary>A day long after every run below: today is said in words, and no lane stretches to reach it.</summary>
    internal static readonly DateOnly FarAway = new(2040, 1, 1);

    public static TheoryData<string, IReadOnlyList<Engagement>> Runs => new()
    {
        { "the real run", Engagements.RealRun },
        { "the real run and a re-release", Engagements.WithReRelease },
        { "one day", [Engagements.Of("IFC Center", "2012-07-27", "2012-07-27")] },
        { "the last day of a month", [Engagements.Of("IFC Center", "2012-07-01", "2012-07-31"), Engagements.Of("Lincoln Plaza", "2012-07-31", "2012-07-31")] },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void DrawsOneBarPerEngagementInTheirOrder(string run, IReadOnlyList<Engagement> engagements)
    {
        var timeline = RunTimeline.Of(engagements, FarAway);

        Assert.True(engagements.SequenceEqual(timeline.Bars.Select(b => b.Engagement)), $"{run}: the bars are not the engagements in order.");
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void KeepsEveryBarWithinItsLaneAndEveryLaneWithinTheTrack(string run, IReadOnlyList<Engagement> engagements)
    {
        var timeline = RunTimeline.Of(engagements, FarAway);

        Assert.Equal(100, timeline.Lanes.Max(l => l.Width), 3);
        Assert.All(timeline.Lanes, lane => Assert.All(lane.Bars, bar =>
        {
            Assert.True(bar.X >= 0 && bar.Width > 0, $"{run}: {bar.Engagement.Theater} starts at {bar.X}% with width {bar.Width}%.");
            Assert.True(bar.X + bar.Width <= lane.Width + 0.001, $"{run}: {bar.Engagement.Theater} ends at {bar.X + bar.Width}%, past its lane's {lane.Width}%.");
        }));
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void DrawsEveryBarOnTheRunsOneScale(string run, IReadOnlyList<Engagement> engagements)
    {
        var timeline = RunTimeline.Of(engagements, FarAway);

        Assert.All(timeline.Bars, bar => Assert.True(
            Math.Abs((bar.Engagement.Days * timeline.PercentPerDay) - bar.Width) < 0.001,
            $"{run}: {bar.Engagement.Theater}'s {bar.Engagement.Days} days are {bar.Width}% long, not {bar.Engagement.Days * timeline.PercentPerDay}%."));
        Assert.All(timeline.Lanes, lane => Assert.Equal(lane.Span.Days * timeline.PercentPerDay, lane.Width, 3));
    }

    [Fact]
    public void GivesAReReleaseYearsLaterALaneOfItsOwnWithTheSameLengthPerDay()
    {
        var alone = RunTimeline.Of(Engagements.RealRun, FarAway);
        var withReRelease = RunTimeline.Of(Engagements.WithReRelease, FarAway);

        Assert.Equal(2, withReRelease.Lanes.Count);
        Assert.Equal(alone.Bars.Select(b => b.Width), withReRelease.Lanes[0].Bars.Select(b => b.Width));
        // Two weeks in 2026 as long as two weeks in 2012 (The Landmark), and the December lane a month long.
        Assert.Equal(withReRelease.Bars[3].Width, withReRelease.Lanes[1].Bars[0].Width);
        Assert.Equal(31 * withReRelease.PercentPerDay, withReRelease.Lanes[1].Width, 3);
        Assert.Equal(["Dec 2026"], withReRelease.Lanes[1].Ticks.Select(t => t.Label).OfType<string>());
    }

    [Fact]
    public void MarksTheGapBetweenLanesInWords()
    {
        var timeline = RunTimeline.Of(Engagements.WithReRelease, FarAway);

        Assert.Null(timeline.Lanes[0].GapBefore);
        Assert.Equal(new TimelineGap("13 years and 10 months", HoldsToday: false), timeline.Lanes[1].GapBefore);
        Assert.Equal(["July 2012 – January 2013", "December 2026"], timeline.Lanes.Select(l => l.Heading));
    }

    [Fact]
    public void StartsEachBarAtItsOpeningDay()
    {
        var timeline = RunTimeline.Of(Engagements.RealRun, FarAway);

        var lincoln = timeline.Bars[1];
        var playhouse = timeline.Bars[2];
        var ifcAgain = timeline.Bars[6];
        Assert.Equal(timeline.Bars[0].X, lincoln.X);
        Assert.Equal(playhouse.X - lincoln.X, 7 * timeline.PercentPerDay, 3);
        Assert.True(ifcAgain.X > timeline.Bars[0].X + timeline.Bars[0].Width);
    }

    [Fact]
    public void LabelsTheMonthsThatFitOnTheNarrowestTrack()
    {
        var lane = Assert.Single(RunTimeline.Of(Engagements.RealRun, FarAway).Lanes);

        Assert.Equal(["Jul 2012", "Sep", "Nov"], lane.Ticks.Select(t => t.Label).OfType<string>());
        Assert.Equal(8, lane.Ticks.Count);
        Assert.Equal(0, lane.Ticks[0].X);
        Assert.Null(lane.Ticks[^1].Label);
        Assert.Equal(lane.Width, lane.Ticks[^1].X, 3);
        Assert.Equal(lane.Ticks.OrderBy(t => t.X), lane.Ticks);
    }

    [Fact]
    public void DrawsARunThatEndsOnTheCalendarsLastDay()
    {
        // Validation refuses such a date; the page must not fail on it all the same.
        var timeline = RunTimeline.Of([Engagements.Of("IFC Center", "9999-11-01", "9999-12-31")], new DateOnly(9999, 12, 31));

        Assert.Equal(["Nov 9999", "Dec"], timeline.Ticks.Select(t => t.Label).OfType<string>());
        Assert.True(timeline.Bars[0].X + timeline.Bars[0].Width <= 100.001);
    }

    [Fact]
    public void LabelsOnlyAsManyMonthsAsFitOverAYearsLongRun()
    {
        var timeline = RunTimeline.Of([Engagements.Of("IFC Center", "2012-07-27", "2026-12-17")], FarAway);

        // In px on the narrowest track, each label as wide as its letters at 7.5 px, and 8 px apart.
        var labelled = timeline.Ticks.Where(t => t.Label is not null).Select(t => (X: t.X * RunTimeline.NarrowestTrack / 100, Width: (t.Label!.Length * 7.5) + 8)).ToList();
        Assert.InRange(labelled.Count, 2, 5);
        Assert.All(labelled.Zip(labelled.Skip(1)), pair => Assert.True(pair.First.X + pair.First.Width <= pair.Second.X, $"Labels at {pair.First.X} and {pair.Second.X} px overlap."));
        Assert.All(labelled, label => Assert.True(label.X + label.Width <= RunTimeline.NarrowestTrack, $"A label at {label.X} px runs past the track."));
    }

    [Fact]
    public void DrawsASingleDayScreeningOverItsMonthWithABarYouCanSee()
    {
        var timeline = RunTimeline.Of([Engagements.Of("IFC Center", "2026-12-04", "2026-12-04")], FarAway);

        Assert.Equal(["Dec 2026"], timeline.Ticks.Select(t => t.Label).OfType<string>());
        var px = timeline.Bars[0].Width * RunTimeline.NarrowestTrack / 100;
        Assert.True(px >= 9, $"The one day is {px} px wide on the narrowest track.");
        Assert.Equal("1 day", timeline.Bars[0].DaysText);
    }
}

/// <summary>The timeline's lanes read as one chart, as the tests compare it.</summary>
internal static class WholeTimeline
{
    extension(RunTimeline timeline)
    {
        public IReadOnlyList<TimelineBar> Bars => [.. timeline.Lanes.SelectMany(lane => lane.Bars)];

        public IReadOnlyList<TimelineTick> Ticks => [.. timeline.Lanes.SelectMany(lane => lane.Ticks)];
    }
}
