using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NeverSorry.Content.Loading;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Images;
using NeverSorry.Web.Site;

namespace NeverSorry.Tests.Unit.Images;

/// <summary>
/// Which share cards and sizes a load plans: a card per status the run will have from the load's day, on the home
/// page and /theatrical-run only and at most <see cref="PicturePlanner.MaxStatuses"/> of them; five widths of a picture.
/// </summary>
public sealed class StatusCardPlanning : IDisposable
{
    private readonly TempContentFolder _content = TempContentFolder.CopyOfReal().WithStillsAndPoster(2400, 1600);
    private readonly string _cache = Directory.CreateTempSubdirectory("neversorry-pictures-").FullName;

    public void Dispose()
    {
        _content.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    [Fact]
    public void ALongRunGetsCardsForItsFirstStatusesOnTwoPagesOnly()
    {
        // Twenty engagements one after another: forty changes of status ahead.
        var engagements = Enumerable.Range(0, 20).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $$"""{ "theater": "Theater {{i + 1}}", "start": "{{new DateOnly(2012, 7, 27).AddDays(7 * i):yyyy-MM-dd}}", "end": "{{new DateOnly(2012, 7, 29).AddDays(7 * i):yyyy-MM-dd}}" }"""));
        _content.With("theatrical-run.json", $$"""{ "engagements": [{{string.Join(", ", engagements)}}] }""");

        var cards = Plan("2012-07-01").Files.Where(f => f.Kind is PictureKind.Card or PictureKind.StillCard).ToList();

        foreach (var page in new[] { Pages.Home, Pages.TheatricalRun })
        {
            var statuses = cards.Where(f => f.Page == page && f.Kind == PictureKind.Card).Select(f => f.Text!.Status).ToList();
            Assert.Equal([null, "Coming to Theater 1 on July 27", "Now showing at Theater 1", "Coming to Theater 2 on August 3", "Now showing at Theater 2",
                "Coming to Theater 3 on August 10", "Now showing at Theater 3", "Coming to Theater 4 on August 17", "Now showing at Theater 4"], statuses);
            Assert.Equal(9, cards.Count(f => f.Page == page && f.Kind == PictureKind.StillCard));
        }
        foreach (var page in new[] { Pages.DirectorsStatement, Pages.Press })
        {
            Assert.Equal([null, null], cards.Where(f => f.Page == page).Select(f => f.Text!.Status));
        }
        Assert.Equal(cards.Count, cards.Select(f => f.Name).Distinct().Count());
    }

    [Fact]
    public void APageGetsTheCardOfTodaysStatusElseTheOneThatNamesNone()
    {
        var planned = Plan("2012-07-20");
        var made = planned with { Ready = [.. planned.Files.Select(f => f.Name)] };

        Assert.Equal("Coming to IFC Center on July 27", made.Card(Pages.Home, "Coming to IFC Center on July 27")!.Text!.Status);
        Assert.Equal(PictureKind.StillCard, made.Card(Pages.Home, "Coming to IFC Center on July 27")!.Kind);
        Assert.Contains("Now showing at IFC Center", made.Card(Pages.TheatricalRun, "Now showing at IFC Center")!.Alt, StringComparison.Ordinal);
        // A status no card was planned for (past the bound), and a page that never says one: the card without a status.
        Assert.Null(made.Card(Pages.Home, "Now showing at a theater planned for no card")!.Text!.Status);
        Assert.Null(made.Card(Pages.Press, "Coming to IFC Center on July 27")!.Text!.Status);
    }

    [Fact]
    public void ALargePictureIsMadeInFiveWidths()
    {
        Assert.Equal([640, 960, 1280, 1600, 1920], PictureSettings.WidthsFor(6000));

        var still = Plan("2012-07-20").Files.Where(f => f.Kind == PictureKind.Jpeg && f.Source!.Width == 2400).Select(f => f.Width);
        Assert.Equal([640, 960, 1280, 1600, 1920], still);
    }

    private PictureSet Plan(string day)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(day + "T17:00:00Z", CultureInfo.InvariantCulture));
        var planner = new PicturePlanner(new PictureCache(_cache), new SiteToday(clock, Options.Create(new SiteOptions())), NullLogger<PicturePlanner>.Instance);
        ContentSnapshot content = _content.Load();
        return planner.Expect(content);
    }
}
