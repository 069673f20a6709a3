using NeverSorry.Content.Model;

namespace NeverSorry.Tests.Unit.Content;

public class EngagementDays
{
    [Theory]
    [InlineData("2012-07-27", "2012-11-08", 105)]
    [InlineData("2012-07-27", "2012-08-16", 21)]
    [InlineData("2012-08-03", "2012-08-23", 21)]
    [InlineData("2012-08-03", "2012-08-16", 14)]
    [InlineData("2012-08-03", "2012-08-09", 7)]
    public void CountBothTheOpeningAndTheClosingDay(string start, string end, int days)
    {
        Assert.Equal(days, Engagement(start, end).Days);
    }

    [Fact]
    public void CountAcrossTheYearEnd()
    {
        Assert.Equal(14, Engagement("2012-12-28", "2013-01-10").Days);
    }

    [Fact]
    public void CountTheLeapDay()
    {
        Assert.Equal(3, Engagement("2012-02-28", "2012-03-01").Days);
    }

    [Fact]
    public void AreOneForASingleDayEngagement()
    {
        Assert.Equal(1, Engagement("2012-08-03", "2012-08-03").Days);
    }

    private static Engagement Engagement(string start, string end) => new()
    {
        Theater = "IFC Center",
        Start = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        End = DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
    };
}
