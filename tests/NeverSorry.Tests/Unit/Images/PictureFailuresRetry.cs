using Microsoft.Extensions.Time.Testing;
using NeverSorry.Web.Images;
using NeverSorry.Web.Live;

namespace NeverSorry.Tests.Unit.Images;

/// <summary>A picture file that could not be made is tried again: later and later, and at once after a reload; /healthz names it until then.</summary>
public sealed class PictureFailuresRetry
{
    private const string Subject = "The share card of the page /";
    private const string Reason = "the site could not write to its picture cache folder";

    private static readonly PlannedFile s_card = new("card-home.0123456789.png", PictureKind.Card, null, 1200, 630, "/");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AFailedFileIsTriedAgainAfter30SecondsThenAfterTwiceAsLongEachTime()
    {
        var failures = new PictureFailures(_clock);

        failures.Add(s_card, Subject, Reason);
        _clock.Advance(TimeSpan.FromSeconds(29));
        Assert.True(failures.IsWaiting(s_card.Name));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(failures.IsWaiting(s_card.Name));

        failures.Add(s_card, Subject, Reason);
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.True(failures.IsWaiting(s_card.Name));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(failures.IsWaiting(s_card.Name));
    }

    [Fact]
    public void NoFileWaitsLongerThanFifteenMinutes()
    {
        var failures = new PictureFailures(_clock);
        for (var i = 0; i < 40; i++)
        {
            failures.Add(s_card, Subject, Reason);
        }

        Assert.Equal(TimeSpan.FromMinutes(15), failures.NextRetry(new PictureSet([], [s_card], [])));
    }

    [Fact]
    public void AFailedFileNoLongerPlannedWakesNobody()
    {
        var failures = new PictureFailures(_clock);
        failures.Add(s_card, Subject, Reason);
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Null(failures.NextRetry(PictureSet.Empty));
    }

    [Fact]
    public void AReloadTriesEveryFailedFileAgainAtOnce()
    {
        var failures = new PictureFailures(_clock);
        failures.Add(s_card, Subject, Reason);

        failures.Clear();

        Assert.False(failures.IsWaiting(s_card.Name));
        Assert.Null(failures.NextRetry(new PictureSet([], [s_card], [])));
    }

    [Fact]
    public void HealthNamesAFileThatCouldNotBeMadeUntilItIsMade()
    {
        var failures = new PictureFailures(_clock);
        var pictures = new PictureSet([], [s_card], []);
        failures.Add(s_card, Subject, Reason);

        Assert.Equal(
            ["The share card of the page / could not be made: the site could not write to its picture cache folder. The site tries again every few minutes, and at once when the content is reloaded."],
            failures.Describe(pictures));
        Assert.Empty(failures.Describe(pictures.WithReady([s_card.Name])));
    }

    [Fact]
    public void AFileThatOnlyWaitsForTheNextLoadIsNotReported()
    {
        var failures = new PictureFailures(_clock);

        failures.Add(s_card, Subject, reason: null);

        Assert.Empty(failures.Describe(new PictureSet([], [s_card], [])));
    }
}
