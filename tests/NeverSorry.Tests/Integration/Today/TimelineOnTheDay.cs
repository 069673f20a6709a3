using System.Globalization;
using AngleSharp.Dom;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Today;

/// <summary>
/// The run page's timeline on December 5, 2026: with an engagement showing that day and one coming, today is a
/// line in their lane; with the 2012 run alone, today is said in words. Every status is told in words and a legend.
/// </summary>
public class TimelineOnTheDay
{
    [Fact]
    public async Task DrawsTodayAsALabelledLineInTheLaneOfTheEngagementShowingNow()
    {
        var figure = await Timeline(TimelineRuns.ShowingAndComing);

        var lanes = figure.QuerySelectorAll(".timeline__lane").ToList();
        Assert.Equal(2, lanes.Count);
        Assert.Empty(lanes[0].QuerySelectorAll(".timeline__today"));
        Assert.Equal(3, lanes[1].QuerySelectorAll("line.timeline__today").Length); // the axis and both rows
        Assert.Equal("Today, Dec 5, 2026", lanes[1].QuerySelector("text.timeline__today-label")!.ReadableText());
        var words = Assert.Single(figure.QuerySelectorAll(".timeline__today-text"));
        Assert.Equal("Today: December 5, 2026", words.ReadableText());
        Assert.Equal("2026-12-05", words.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task SaysEachEngagementsStatusInItsRowAndDrawsItsBarByIt()
    {
        var figure = await Timeline(TimelineRuns.ShowingAndComing);

        var rows = figure.QuerySelectorAll(".timeline__row").ToList();
        Assert.Equal(
            [.. Enumerable.Repeat("Past", 7), "Now showing", "Coming"],
            rows.Select(r => r.QuerySelector(".timeline__status")!.ReadableText()));
        Assert.Equal(
            [.. Enumerable.Repeat("timeline__bar--past", 7), "timeline__bar--now", "timeline__bar--coming"],
            rows.Select(r => r.QuerySelector("rect.timeline__bar")!.ClassList[1]));
        Assert.Equal("url(#timeline-hatch)", rows[^1].QuerySelector("rect.timeline__bar")!.GetAttribute("fill"));
        Assert.NotNull(figure.QuerySelector("pattern#timeline-hatch"));
        Assert.Equal(["Past", "Now showing", "Coming", "Today"], figure.QuerySelectorAll(".timeline__legend li").Select(li => li.ReadableText()));
    }

    [Fact]
    public async Task MarksTheYearsBetweenTheRunAndTheReReleaseAsABreak()
    {
        var figure = await Timeline(TimelineRuns.ShowingAndComing);

        var gap = Assert.Single(figure.QuerySelectorAll(".timeline__gap"));
        Assert.Equal("13 years and 10 months later, not drawn to scale.", gap.ReadableText());
        Assert.True(gap.PreviousElementSibling!.ClassList.Contains("timeline__lane") && gap.NextElementSibling!.ClassList.Contains("timeline__lane"));
    }

    [Fact]
    public async Task SaysInWordsThatTodayIsYearsAfterARunItWouldNotFitBeside()
    {
        var figure = await Timeline(run: null);

        Assert.Empty(figure.QuerySelectorAll(".timeline__today, .timeline__today-text"));
        Assert.Equal(
            "Today, December 5, 2026, is 13 years and 10 months after the last engagement closed: too far to draw on this scale.",
            Assert.Single(figure.QuerySelectorAll(".timeline__note")).ReadableText());
        Assert.Equal(["Past", "Now showing", "Coming"], figure.QuerySelectorAll(".timeline__legend li").Select(li => li.ReadableText()));
    }

    /// <remarks>SVG cannot hold a time element, so a date in a picture must be written in one beside it too.</remarks>
    [Fact]
    public async Task WritesEveryDateOfItsPicturesInATimeElementToo()
    {
        var figure = await Timeline(TimelineRuns.ShowingAndComing);

        var inPictures = figure.QuerySelectorAll("svg").SelectMany(svg => DatesInText.Find(svg.TextContent)).ToList();
        var inTimes = figure.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")).ToHashSet();
        Assert.NotEmpty(inPictures);
        Assert.All(inPictures, date => Assert.Contains(
            DateOnly.ParseExact(date, "MMM d, yyyy", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), inTimes));
    }

    /// <param name="run">theatrical-run.json's text; the real one when null.</param>
    private static async Task<IElement> Timeline(string? run)
    {
        using var content = run is null ? TempContentFolder.CopyOfReal() : TempContentFolder.CopyOfReal().With(ContentFiles.TheatricalRun, run);
        await using var site = SiteOnADay.At(TimelineRuns.TodayInNewYork, content.Path);
        var document = await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun);
        return Assert.Single(document.QuerySelectorAll("main figure.timeline"));
    }
}
