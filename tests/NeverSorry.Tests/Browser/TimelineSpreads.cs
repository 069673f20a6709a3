using Microsoft.Playwright;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Browser;

namespace NeverSorry.Tests.Browser;

/// <summary>
/// The run's timeline in Chromium with the 2012 run, the 2012 run plus a 2026 engagement, one single-day screening,
/// and the 2012 run with one engagement showing and one coming on a fixed day: one scale in every lane, today's
/// line where it belongs, a list on a phone, no text under 12 px, nothing scrolling sideways, axe clean.
/// </summary>
[Collection(BrowserTier.Name)]
public sealed class TimelineSpreads(BrowserSite real, ReReleaseBrowserSite reRelease, OneDayBrowserSite oneDay, ShowingAndComingBrowserSite showing)
{
    /// <summary>Every text node of the figure a reader sees, with its size on screen (SVG text scaled by its picture).</summary>
    private const string TextSizes = """
        () => {
          const figure = document.querySelector('figure.timeline');
          const shown = e => { for (; e && e !== figure; e = e.parentElement) { const r = e.getBoundingClientRect(); if (r.width <= 1 || r.height <= 1) return false; } return true; };
          const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT, { acceptNode: t => t.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT });
          const sizes = [];
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            const e = t.parentElement;
            if (!shown(e)) continue;
            const scale = e instanceof SVGGraphicsElement ? e.getScreenCTM().a : 1;
            sizes.push({ text: t.data.trim(), px: parseFloat(getComputedStyle(e).fontSize) * scale });
          }
          return sizes;
        }
        """;

    public static TheoryData<string, int> SpreadsAtBothWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var spread in (string[])["2012 run", "2012 run and 2026", "one day", "showing and coming"])
        {
            data.Add(spread, Viewports.Phone);
            data.Add(spread, Viewports.Desktop);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SpreadsAtBothWidths))]
    public async Task DrawsEveryLabelAndBarInsideTheFigureInTextNoSmallerThan12Px(string spread, int width)
    {
        var page = await OpenAsync(Site(spread), width);

        var outside = await page.EvaluateAsync<string[]>("""
            () => {
              const figure = document.querySelector('figure.timeline').getBoundingClientRect();
              return [...document.querySelectorAll('figure.timeline svg text, figure.timeline svg rect.timeline__bar')]
                .map(e => [e, e.getBoundingClientRect()])
                .filter(([e, r]) => r.width > 0 && (r.left < figure.left - 1 || r.right > figure.right + 1 || r.top < figure.top - 1 || r.bottom > figure.bottom + 1))
                .map(([e]) => e.textContent || 'a bar');
            }
            """);
        var sizes = await page.EvaluateAsync<TextSize[]>(TextSizes);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        Assert.True(outside.Length == 0, $"{spread} at {width} px: outside the figure: {string.Join(", ", outside)}");
        Assert.NotEmpty(sizes);
        var small = sizes.Where(s => s.Px < 12).Select(s => $"'{s.Text}' at {s.Px:0.#} px").ToList();
        Assert.True(small.Count == 0, $"{spread} at {width} px: text under 12 px: {string.Join(", ", small)}");
        Assert.True(widths[0] <= widths[1], $"{spread} at {width} px: the page is {widths[0]} px wide in a {widths[1]} px window.");
        await Axe.AssertNoViolationsAsync(page, $"{spread} at {width} px");
    }

    [Fact]
    public async Task DrawsADayTheSameLengthInEveryLaneAt1280()
    {
        var page = await OpenAsync(showing, Viewports.Desktop);

        var bars = await Bars(page);
        Assert.Equal(9, bars.Length);
        var pxPerDay = bars[0].Width / bars[0].Days; // IFC Center's 105 days in 2012
        Assert.True(pxPerDay > 2, $"A day is {pxPerDay:0.##} px: the chart is squeezed.");
        Assert.All(bars, bar => Assert.True(
            Math.Abs(bar.Width - (bar.Days * pxPerDay)) <= 1.5,
            $"{bar.Theater}'s {bar.Days} days are {bar.Width:0.#} px long; at {pxPerDay:0.###} px a day they should be {bar.Days * pxPerDay:0.#} px."));
        var filmForum = bars.Single(b => b.Theater == "Film Forum");
        Assert.Equal(25.0 / 105, filmForum.Width / bars[0].Width, 2);
    }

    [Fact]
    public async Task DrawsTodaysLineThroughTheBarShowingNowAndBeforeTheOneComing()
    {
        var page = await OpenAsync(showing, Viewports.Desktop);

        var bars = await Bars(page);
        var lines = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('figure.timeline .timeline__lane line.timeline__today')].map(l => { const r = l.getBoundingClientRect(); return r.left + (r.width / 2); })");
        var label = page.Locator("figure.timeline text.timeline__today-label");

        Assert.Equal(3, lines.Length);
        Assert.All(lines, x => Assert.Equal(lines[0], x, 1));
        var (now, coming) = (bars.Single(b => b.Theater == "Film Forum"), bars.Single(b => b.Theater == "Laemmle Royal"));
        Assert.InRange(lines[0], now.Left, now.Left + now.Width);
        Assert.True(lines[0] < coming.Left, $"Today's line at {lines[0]:0.#} px is not before the coming bar at {coming.Left:0.#} px.");
        Assert.Equal("Today, Dec 5, 2026", await label.TextContentAsync());
        Assert.True(await label.IsVisibleAsync(), "Today's label is not shown.");
    }

    [Fact]
    public async Task ListsTheEngagementsInWordsOnAPhoneInsteadOfSqueezingTheChart()
    {
        var page = await OpenAsync(showing, Viewports.Phone);

        var shown = await page.EvaluateAsync<int[]>("""
            () => ['.timeline__track', '.timeline__axis', '.timeline__legend', '.timeline__dates']
              .map(s => [...document.querySelectorAll('figure.timeline ' + s)].filter(e => e.getBoundingClientRect().width > 1).length)
            """);
        var rows = await page.Locator("figure.timeline .timeline__row").AllInnerTextsAsync();

        Assert.Equal([0, 0, 0, 9], shown);
        Assert.Equal(9, rows.Count);
        Assert.Equal("Film Forum\nNow showing, 25 days, Nov 20, 2026 to Dec 14, 2026", rows[7]);
        Assert.True(await page.Locator("figure.timeline .timeline__today-text").IsVisibleAsync(), "The list does not say what day it is.");
    }

    private static async Task<IPage> OpenAsync(BrowserSite site, int width)
    {
        var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Of(width) });
        return await site.OpenAsync(context, Pages.TheatricalRun);
    }

    /// <summary>Each row's bar as drawn, with the days its dates span.</summary>
    private static Task<Bar[]> Bars(IPage page) => page.EvaluateAsync<Bar[]>("""
        () => [...document.querySelectorAll('figure.timeline .timeline__row')].map(row => {
          const r = row.querySelector('rect.timeline__bar').getBoundingClientRect();
          const days = [...row.querySelectorAll('time')].map(t => Date.parse(t.getAttribute('datetime')) / 86400000);
          return { theater: row.querySelector('.timeline__theater').textContent, days: days[days.length - 1] - days[0] + 1, left: r.left, width: r.width };
        })
        """);

    private BrowserSite Site(string spread) => spread switch
    {
        "2012 run" => real,
        "2012 run and 2026" => reRelease,
        "showing and coming" => showing,
        _ => oneDay,
    };

    /// <summary>Filled by Playwright, which needs a constructor without parameters.</summary>
    private sealed record TextSize
    {
        public string Text { get; init; } = "";
        public double Px { get; init; }
    }

    private sealed record Bar
    {
        public string Theater { get; init; } = "";
        public double Days { get; init; }
        public double Left { get; init; }
        public double Width { get; init; }
    }
}
