using Microsoft.Extensions.DependencyInjection;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Commands;
using NeverSorry.Web.Live;

namespace NeverSorry.Tests.Integration.Publishing;

/// <summary>
/// The running site never loads a half-published folder: while publishes swap two versions back and forth,
/// a reader reloads the folder as fast as it can, and every version it gets is one whole version.
/// </summary>
public sealed class PublishWhileReading : IDisposable
{
    private readonly TempContentFolder _live = TempContentFolder.CopyOfReal();
    private readonly TempContentFolder _first = TempContentFolder.CopyOfReal();
    private readonly TempContentFolder _second = TempContentFolder.CopyOfReal();

    public void Dispose()
    {
        foreach (var folder in new[] { _live, _first, _second })
        {
            folder.Dispose();
        }
        if (Directory.Exists(_live.Path + ".history"))
        {
            Directory.Delete(_live.Path + ".history", recursive: true);
        }
    }

    private const int Overlaps = 40;

    [Fact]
    public async Task EveryLoadDuringPublishesIsOneWholeVersion()
    {
        // Each version is marked in two files, the first and the last a publish renames.
        Mark(_first, "First");
        Mark(_second, "Second");
        using var site = new SiteFactory(_live.Path);
        var store = site.Services.GetRequiredService<ContentStore>();
        using var stop = new CancellationTokenSource();
        var mixes = new List<string>();
        var loads = 0;

        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (store.TryReload())
                {
                    Interlocked.Increment(ref loads);
                    var snapshot = store.Current;
                    var title = snapshot.Film.Title;
                    var version = title.Split(' ')[^2] + " version";
                    if (title.EndsWith(" version", StringComparison.Ordinal)
                        && !(snapshot.Synopsis.Html.Contains(version, StringComparison.Ordinal) && snapshot.DirectorsStatement.Html.Contains(version, StringComparison.Ordinal)))
                    {
                        mixes.Add($"{title} with the synopsis {snapshot.Synopsis.Html} and the statement {snapshot.DirectorsStatement.Html}");
                    }
                }
            }
        }, TestContext.Current.CancellationToken);

        // Publish back and forth until the reader has loaded often enough to have overlapped many publishes,
        // however slow a busy machine makes its loads.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; Volatile.Read(ref loads) < Overlaps && clock.Elapsed < Patience.Answer; i++)
        {
            var from = i % 2 == 0 ? _first : _second;
            Assert.Equal(0, SiteCommands.TryRun(["publish", from.Path, "--to", _live.Path, "--force", "--no-wait"], TextWriter.Null, TextWriter.Null));
        }
        await stop.CancelAsync();
        await reader;

        Assert.True(loads >= Overlaps, $"The reader loaded only {loads} times in {Patience.Answer.TotalSeconds} s: too few to have overlapped the publishes.");
        Assert.Empty(mixes);
    }

    private static void Mark(TempContentFolder folder, string version)
    {
        folder.With(ContentFiles.DirectorsStatement, $"The {version} version of the statement.\n");
        folder.With(ContentFiles.Film, ContentText.Film(title: $"Never Sorry, {version} version"));
        folder.With(ContentFiles.Synopsis, $"The synopsis of the {version} version.\n");
    }
}
