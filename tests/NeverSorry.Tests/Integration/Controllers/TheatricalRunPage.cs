using System.Globalization;
using AngleSharp.Dom;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Models;

namespace NeverSorry.Tests.Integration.Controllers;

public class TheatricalRunPage(RealSite site)
{
    [Fact]
    public async Task ShowsARealTableWithTheaterDatesAndDaysColumns()
    {
        var table = await Table();

        Assert.Equal(["Theater", "Opening day", "Closing day", "Days"], table.QuerySelectorAll("thead th").Select(th => th.ReadableText()));
    }

    [Fact]
    public async Task ListsEveryEngagementWithItsDaysCountingBothEnds()
    {
        var rows = EngagementTable.Rows(await Table());

        Assert.Equal(EngagementTable.Expected, rows);
        Assert.Equal([105, 21, 21, 14, 14, 7, 14], rows.Select(r => r.Days));
    }

    [Fact]
    public async Task NamesEveryTheaterInFull()
    {
        var theaters = (await Table()).QuerySelectorAll("tbody th").Select(th => th.ReadableText()).ToList();

        Assert.Contains("Kendall Square Cinema", theaters);
        Assert.DoesNotContain(theaters, t => t.EndsWith("...", StringComparison.Ordinal) || t.EndsWith('…'));
        Assert.Equal(2, theaters.Count(t => t == "IFC Center"));
    }

    [Fact]
    public async Task ShowsEveryDateOfTheTableInATimeElement()
    {
        var table = await Table();

        var times = table.QuerySelectorAll("tbody time").ToList();
        Assert.Equal(14, times.Count);
        Assert.All(times, time =>
        {
            var iso = time.GetAttribute("datetime");
            Assert.Equal(DateOnly.ParseExact(iso!, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMM d, yyyy", CultureInfo.InvariantCulture), time.ReadableText());
        });
    }

    [Theory]
    [InlineData("Engagements", 7)]
    [InlineData("Theaters", 6)]
    [InlineData("Screen days", 196)]
    [InlineData("Days in theaters", 119)]
    public async Task ShowsTheTotalsUnderTheTable(string total, int value)
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun);

        var description = document.QuerySelector("main")!.Describe(total);
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), description.FirstChild!.ReadableText());
        Assert.True(
            document.QuerySelector("main table")!.CompareDocumentPosition(description).HasFlag(DocumentPositions.Following),
            $"The total '{total}' comes before the table.");
    }

    [Fact]
    public async Task DrawsTheRunAsAFigureWhoseRowsSayWhatTheirHiddenBarsShow()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun);

        var figure = Assert.Single(document.QuerySelectorAll("main figure.timeline"));
        Assert.False(string.IsNullOrWhiteSpace(AccessibleName(document, figure)), "The timeline has no accessible name.");
        Assert.All(figure.QuerySelectorAll("svg"), svg => Assert.Equal("true", svg.GetAttribute("aria-hidden")));
        Assert.Equal(
            "IFC Center Past, 105 days, Jul 27, 2012 to Nov 8, 2012",
            figure.QuerySelector(".timeline__row")!.ReadableText());
    }

    [Fact]
    public async Task DrawsOneTimelineBarPerEngagementInTheTablesOrder()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun);

        var bars = document.QuerySelectorAll("main svg rect.timeline__bar").Where(b => b.Closest(".timeline__row") is not null).ToList();
        Assert.Equal(EngagementTable.Expected.Count, bars.Count);
        Assert.Equal(
            EngagementTable.Expected.Select(e => e.Theater),
            bars.Select(b => b.Closest(".timeline__row")!.QuerySelector(".timeline__theater")!.ReadableText()));
        var widths = bars.Select(b => double.Parse(b.GetAttribute("width")!.TrimEnd('%'), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(widths.Max(), widths[0]);
        Assert.Equal(widths.Min(), widths[5]);
    }

    [Fact]
    public async Task SaysWhenTheRunOpenedAndClosed()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun);

        var lede = document.QuerySelector("h1 ~ p")!;
        Assert.Equal(["2012-07-27", "2013-01-10"], lede.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
    }

    private async Task<IElement> Table()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun);
        return Assert.Single(document.QuerySelectorAll("main table"));
    }

    private static string? AccessibleName(IDocument document, IElement element)
    {
        if (element.GetAttribute("aria-label") is { Length: > 0 } label)
        {
            return label;
        }
        if (element.GetAttribute("aria-labelledby") is { Length: > 0 } ids)
        {
            return string.Join(' ', ids.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => document.GetElementById(id)?.ReadableText()));
        }
        return element.Children.FirstOrDefault(c => c.LocalName == "title")?.ReadableText();
    }
}
