using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Unit.Commands;

/// <summary>
/// What publish says about the pictures after the text is live: one line when they are all made, progress while
/// the site makes them, and an estimate when it stops waiting (nothing new for a while, --no-wait, Ctrl+C). The
/// files are counted on a clock that jumps ahead whenever the report waits, so 20 s of polling take no time.
/// </summary>
public sealed class PicturesReadyReport : IDisposable
{
    private const string Cache = "/srv/cache/never-sorry-pictures";

    private readonly JumpingClock _clock = new();
    private readonly StringWriter _output = new();
    private int _asked;

    public void Dispose() => _output.Dispose();

    [Fact]
    public async Task AllMadeIsOneLine()
    {
        await ReportAsync(42, _ => 42);

        Assert.Equal(["Pictures: all 42 files ready."], Lines());
        Assert.Equal(TimeSpan.Zero, _clock.Elapsed);
    }

    [Fact]
    public async Task NothingPlannedSaysSo()
    {
        await ReportAsync(0, _ => 0);

        Assert.Equal(["No pictures to make."], Lines());
    }

    [Fact]
    public async Task FilesAppearingShowProgressThenAllReady()
    {
        // Two files there at once (the cards drawn at load), then one a second.
        await ReportAsync(10, elapsed => Math.Min(10, 2 + (int)elapsed.TotalSeconds));

        Assert.Equal(
            [
                "Pictures: 2 of 10 files ready…",
                "Pictures: 4 of 10 files ready…",
                "Pictures: 6 of 10 files ready…",
                "Pictures: 8 of 10 files ready…",
                "Pictures: all 10 files ready after 8.0 s; the site shows them now.",
            ],
            Lines());
    }

    [Fact]
    public async Task NothingAppearingStopsAfterTheQuietPeriodWithTheMeasuredEstimate()
    {
        await ReportAsync(42, _ => 12);

        var lines = Lines();
        Assert.Equal("Pictures: 12 of 42 files ready…", lines[0]);
        Assert.Equal(
            $"Pictures: 12 of 42 files ready; none made in the last 20 s. If the site is running, they will appear as it makes them (about {PicturesReady.Duration(PicturesReady.PerFile * 30)} for the rest); the pages show the text meanwhile.",
            lines[1]);
        Assert.StartsWith($"  Looked for in {Cache} (Pictures:CachePath here)", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Equal(PicturesReady.Quiet, _clock.Elapsed);
    }

    [Fact]
    public async Task AfterSomeFilesTheEstimateIsTheirRate()
    {
        // Four files in four seconds, then none: a second a file for the four left.
        await ReportAsync(10, elapsed => Math.Min(6, 2 + (int)elapsed.TotalSeconds));

        Assert.Contains(
            "Pictures: 6 of 10 files ready; none made in the last 20 s. If the site is running, they will appear as it makes them (about 4.0 s for the rest); the pages show the text meanwhile.",
            Lines());
        Assert.Equal(TimeSpan.FromSeconds(4) + PicturesReady.Quiet, _clock.Elapsed);
    }

    [Fact]
    public async Task NoWaitSaysOnlyHowLongTheRestWillTake()
    {
        await ReportAsync(10, _ => 3, wait: false);

        Assert.Equal(
            [$"Pictures: 3 of 10 files ready; the site makes the rest in the background (about {PicturesReady.Duration(PicturesReady.PerFile * 7)}) and shows each as it is made; the pages show the text meanwhile."],
            Lines());
        Assert.Equal(1, _asked);
        Assert.Equal(TimeSpan.Zero, _clock.Elapsed);
    }

    [Fact]
    public async Task CtrlCEndsOnlyTheWaiting()
    {
        using var ctrlC = new CancellationTokenSource();

        await ReportAsync(10, elapsed =>
        {
            if (elapsed >= TimeSpan.FromSeconds(3))
            {
                ctrlC.Cancel();
            }
            return Math.Min(10, 2 + (int)elapsed.TotalSeconds);
        }, ctrlC: ctrlC);

        Assert.Equal("Pictures: stopped waiting at 5 of 10 files ready; the site goes on making the rest (about 5.0 s); the pages show the text meanwhile.", Lines()[^1]);
    }

    [Theory]
    [InlineData("publish", true)]
    [InlineData("restore", true)]
    [InlineData("history", false)]
    public void PublishAndRestoreTakeNoWait(string verb, bool takes)
    {
        Assert.Equal(0, SiteCommands.TryRun([verb, "--help"], _output, TextWriter.Null));

        Assert.Equal(takes, _output.ToString().Contains("--no-wait", StringComparison.Ordinal));
    }

    [Fact]
    public void ADryRunLooksForNoPictures()
    {
        using var live = TempContentFolder.CopyOfReal();
        using var draft = TempContentFolder.CopyOfReal();
        draft.With("synopsis.md", "A changed synopsis.\n");

        Assert.Equal(0, SiteCommands.TryRun(["publish", draft.Path, "--to", live.Path, "--dry-run", "--force"], _output, TextWriter.Null));

        Assert.DoesNotContain("Pictures", _output.ToString(), StringComparison.Ordinal);
    }

    /// <param name="ctrlC">Cancelled as Ctrl+C cancels the waiting; not the test's own cancellation.</param>
    private Task ReportAsync(int total, Func<TimeSpan, int> readyAfter, bool wait = true, CancellationTokenSource? ctrlC = null) =>
        new PicturesReady(_clock, _output).ReportAsync(total, () =>
        {
            _asked++;
            return readyAfter(_clock.Elapsed);
        }, wait, Cache, ctrlC?.Token ?? CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

    private string[] Lines() => _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A clock whose time moves only when something waits on it, at once and by as long as it waits.</summary>
    private sealed class JumpingClock : TimeProvider
    {
        private static readonly DateTimeOffset s_start = new(2026, 11, 26, 13, 0, 0, TimeSpan.Zero);
        private long _elapsedTicks;

        public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _elapsedTicks));

        public override DateTimeOffset GetUtcNow() => s_start + Elapsed;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Add(ref _elapsedTicks, dueTime.Ticks);
            // Fired at once, on this thread: a Task.Delay on this clock is complete when it returns. Queued to
            // the thread pool instead, each of the 80 waits of a quiet period could wait for a thread on a busy
            // machine, and the test took over 30 s in CI.
            callback(state);
            return new Fired();
        }

        private sealed class Fired : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => false;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
