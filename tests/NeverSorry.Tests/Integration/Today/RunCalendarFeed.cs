using System.Net;
using System.Net.Http.Headers;
using Ical.Net.CalendarComponents;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Integration.Controllers;

namespace NeverSorry.Tests.Integration.Today;

/// <summary>/theatrical-run.ics read as a calendar app would: parsed by Ical.Net, a real client library.</summary>
public class RunCalendarFeed(RealSite site)
{
    private const string Ics = "/theatrical-run.ics";

    [Fact]
    public async Task IsAnICalendarFileInUtf8()
    {
        var response = await site.CreateClient().GetAsync(Ics, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
    }

    [Fact]
    public async Task HoldsOneAllDayEventPerRowOfTheTableEndingTheDayAfterTheLastDay()
    {
        var events = await Events(site.CreateClient());

        Assert.All(events, e => Assert.False(e.Start!.HasTime));
        Assert.All(events, e => Assert.False(e.End!.HasTime));
        Assert.Equal(
            EngagementTable.Expected.Select(row => (row.Theater, row.Opening, DateOnly.Parse(row.Closing, System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
            events.Select(e => (e.Location!, Iso(e.Start!.Date), Iso(e.End!.Date))));
        Assert.All(events, e => Assert.Equal($"Ai Weiwei: Never Sorry at {e.Location}", e.Summary));
    }

    [Fact]
    public async Task GivesEachEngagementAUidThatStaysTheSame()
    {
        var first = (await Events(site.CreateClient())).Select(e => e.Uid).ToList();
        await using var later = SiteOnADay.At("2031-01-01 12:00");
        var second = (await Events(later.CreateClient())).Select(e => e.Uid).ToList();

        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task LinksEachEventToTheRunsPageWhenTheSiteKnowsItsAddress()
    {
        await using var withBase = new SiteFactory(settings: new Dictionary<string, string> { ["Site:BaseUrl"] = "https://example.org/" });

        var events = await Events(withBase.CreateClient());

        Assert.All(events, e => Assert.Equal(new Uri("https://example.org/theatrical-run"), e.Url));
    }

    [Fact]
    public async Task IsServedFromTheCacheWithAnETag()
    {
        var client = site.CreateClient();
        var first = await client.GetAsync(Ics, TestContext.Current.CancellationToken);

        using var again = new HttpRequestMessage(HttpMethod.Get, Ics);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsLinkedFromTheRunsPage()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun);

        Assert.NotNull(document.QuerySelector($"main a[href='{Ics}']"));
    }

    private static async Task<IReadOnlyList<CalendarEvent>> Events(HttpClient client)
    {
        var text = await client.GetStringAsync(Ics, TestContext.Current.CancellationToken);
        var calendar = Ical.Net.Calendar.Load(text)!;
        return [.. calendar.Events];
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
