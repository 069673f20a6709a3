using NeverSorry.Web.Models;
using NeverSorry.Web.Run;

namespace NeverSorry.Tests.Unit.Models;

/// <summary>Which engagements ahead the pages name: all of them when few, else the first few and "N more"; the past as totals.</summary>
public class RunScheduleNames
{
    private static readonly DateOnly s_today = new(2026, 12, 20);

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 1, 0)]
    [InlineData(4, 4, 0)]
    [InlineData(5, 3, 2)]
    [InlineData(9, 3, 6)]
    public void NamesAllWhenFourOrFewerElseThreeAndCountsTheRest(int ahead, int named, int unnamed)
    {
        var schedule = RunSchedule.On(s_today, [.. Enumerable.Range(1, ahead).Select(Coming)]);

        Assert.Equal((named, unnamed), (schedule.Named.Count, schedule.Unnamed));
        Assert.Equal(schedule.Ahead.Take(named), schedule.Named);
    }

    [Fact]
    public void NamesWhatIsShowingBeforeWhatIsComing()
    {
        var schedule = RunSchedule.On(s_today, [Coming(1), Engagements.Of("Riverside Screen", "2026-12-04", "2026-12-25")]);

        Assert.Equal(["Riverside Screen", "Theater 1"], schedule.Named.Select(e => e.Theater));
    }

    [Fact]
    public void SumsUpOnlyThePast()
    {
        var schedule = RunSchedule.On(s_today, [.. Engagements.RealRun, Coming(1)]);

        Assert.Equal(RunSummary.Of(Engagements.RealRun), schedule.PastSummary);
    }

    [Fact]
    public void HasNoPastBeforeTheFirstEngagementCloses()
    {
        Assert.Null(RunSchedule.On(new DateOnly(2012, 7, 1), Engagements.RealRun).PastSummary);
    }

    private static NeverSorry.Content.Model.Engagement Coming(int i) =>
        Engagements.Of($"Theater {i}", $"2027-01-{i:00}", $"2027-01-{i + 10:00}");
}
