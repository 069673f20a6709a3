using NeverSorry.Web.Models;
using NeverSorry.Web.Run;

namespace NeverSorry.Tests.Unit.Models;

public class RunSummaryOf
{
    [Fact]
    public void TheRealRunCountsSevenEngagementsAtSixTheaters()
    {
        var summary = RunSummary.Of(Engagements.RealRun);

        Assert.Equal(7, summary.Engagements);
        Assert.Equal(6, summary.Theaters);
    }

    [Fact]
    public void TheRealRunSumsScreenDaysButCountsCalendarDaysOnce()
    {
        var summary = RunSummary.Of(Engagements.RealRun);

        Assert.Equal(105 + 21 + 21 + 14 + 14 + 7 + 14, summary.ScreenDays);
        Assert.Equal(105 + 14, summary.DaysInTheaters);
    }

    [Fact]
    public void TheRealRunSpansFromTheOpeningToTheLastClosing()
    {
        var summary = RunSummary.Of(Engagements.RealRun);

        Assert.Equal(new DateOnly(2012, 7, 27), summary.FirstDay);
        Assert.Equal(new DateOnly(2013, 1, 10), summary.LastDay);
    }

    [Fact]
    public void OverlappingEngagementsShareTheirCommonDays()
    {
        var summary = RunSummary.Of(
        [
            Engagements.Of("IFC Center", "2012-08-01", "2012-08-10"),
            Engagements.Of("Lincoln Plaza", "2012-08-06", "2012-08-15"),
        ]);

        Assert.Equal(20, summary.ScreenDays);
        Assert.Equal(15, summary.DaysInTheaters);
    }

    [Fact]
    public void AGapBetweenEngagementsIsNotCounted()
    {
        var summary = RunSummary.Of(
        [
            Engagements.Of("IFC Center", "2012-08-01", "2012-08-01"),
            Engagements.Of("IFC Center", "2012-08-10", "2012-08-10"),
        ]);

        Assert.Equal(2, summary.DaysInTheaters);
        Assert.Equal(1, summary.Theaters);
    }

    [Fact]
    public void ATheaterIsCountedOnceWhateverTheCaseOfItsName()
    {
        var summary = RunSummary.Of(
        [
            Engagements.Of("IFC Center", "2012-07-27", "2012-07-27"),
            Engagements.Of("IFC CENTER", "2012-12-28", "2012-12-28"),
        ]);

        Assert.Equal(1, summary.Theaters);
    }

    [Fact]
    public void CountsTheDaysOfCenturyLongEngagementsWithoutOverflowing()
    {
        var century = Engagements.Of("IFC Center", "1900-01-01", "2100-12-31");
        var engagements = Enumerable.Repeat(century, 30_000).Append(Engagements.Of("Lincoln Plaza", "2050-01-01", "2050-01-31")).ToList();

        var summary = RunSummary.Of(engagements);

        Assert.Equal(century.Days, summary.DaysInTheaters);
        Assert.Equal((30_000L * century.Days) + 31, summary.ScreenDays);
    }
}
