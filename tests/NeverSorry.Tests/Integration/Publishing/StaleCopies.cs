using NeverSorry.Content.Model;
using NeverSorry.Content.Publishing;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Integration.Publishing;

/// <summary>
/// Two colleagues, each with a working copy made by 'draft': a copy made before the other's publish never
/// silently undoes it. Changes to different files both survive; the same file changed on both sides is refused
/// with what changed on live and by whom; two publishes at once never mix.
/// </summary>
public sealed class StaleCopies : IDisposable
{
    private const string AddedFestival = "{ \"name\": \"Example Documentary Festival\", \"year\": 2013 },";
    private const string OtherFestival = "{ \"name\": \"Another Example Festival\", \"year\": 2014 },";

    private readonly TempContentFolder _live = TempContentFolder.CopyOfReal();
    private readonly string _anna = Path.Combine(Path.GetTempPath(), $"neversorry-anna-{Guid.NewGuid():N}");
    private readonly string _ben = Path.Combine(Path.GetTempPath(), $"neversorry-ben-{Guid.NewGuid():N}");
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public StaleCopies()
    {
        Assert.Equal(0, Run("draft", _anna, "--to", _live.Path));
        Assert.Equal(0, Run("draft", _ben, "--to", _live.Path));
    }

    public void Dispose()
    {
        _live.Dispose();
        foreach (var copy in new[] { _anna, _ben })
        {
            if (Directory.Exists(copy))
            {
                Directory.Delete(copy, recursive: true);
            }
        }
        _output.Dispose();
        _errors.Dispose();
    }

    [Fact]
    public void DraftMakesAWorkingCopyThatRemembersWhereItCameFrom()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(_live.Path, ContentFiles.Film)), File.ReadAllText(Path.Combine(_anna, ContentFiles.Film)));
        var copy = WorkingCopy.Of(_anna);
        Assert.NotNull(copy);
        Assert.Equal(_live.Path, copy.Live);
        Assert.Contains("Made a working copy of", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(VersionKind.Found, Assert.Single(new ContentHistory(_live.Path).List()).Kind);
    }

    [Fact]
    public void ASameFileChangedOnLiveSinceIsRefusedWithWhatChangedAndByWhom()
    {
        AddFestival(_anna, AddedFestival);
        Assert.Equal(0, Run("publish", _anna, "--to", _live.Path, "--by", "Anna"));
        var annas = Festivals(_live.Path);
        AddFestival(_ben, OtherFestival);

        var exitCode = Run("publish", _ben, "--to", _live.Path, "--by", "Ben");

        Assert.Equal(ContentPublisher.LiveChanged, exitCode);
        var said = _errors.ToString();
        Assert.Contains("The live folder changed since your copy was made from it", said, StringComparison.Ordinal);
        Assert.Contains("published by Anna:", said, StringComparison.Ordinal);
        Assert.Contains("festivals.json: added 2013 Example Documentary Festival", said, StringComparison.Ordinal);
        Assert.Contains("Nothing was published: you both changed festivals.json", said, StringComparison.Ordinal);
        Assert.Equal(annas, Festivals(_live.Path));

        Assert.Equal(0, Run("publish", _ben, "--to", _live.Path, "--by", "Ben", "--force"));
        Assert.Contains("Another Example Festival", Festivals(_live.Path), StringComparison.Ordinal);
    }

    [Fact]
    public void ChangesToDifferentFilesAreCombinedAndBothSurvive()
    {
        AddFestival(_anna, AddedFestival);
        Assert.Equal(0, Run("publish", _anna, "--to", _live.Path, "--by", "Anna"));
        var run = File.ReadAllText(Path.Combine(_ben, ContentFiles.TheatricalRun)).Replace("\"2012-11-08\"", "\"2012-11-15\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_ben, ContentFiles.TheatricalRun), run);

        Assert.Equal(0, Run("publish", _ben, "--to", _live.Path, "--by", "Ben"));

        Assert.Contains("Example Documentary Festival", Festivals(_live.Path), StringComparison.Ordinal);
        Assert.Equal(run, File.ReadAllText(Path.Combine(_live.Path, ContentFiles.TheatricalRun)));
        var said = _output.ToString();
        Assert.Contains("published by Anna:", said, StringComparison.Ordinal);
        Assert.Contains("both are kept", said, StringComparison.Ordinal);
        Assert.Contains("theatrical-run.json: IFC Center now ends 2012-11-15", said, StringComparison.Ordinal);
        Assert.DoesNotContain("festivals.json: removed", said, StringComparison.Ordinal);
        // Ben's copy now holds what went live, Anna's festival too, and starts from it.
        Assert.Equal(Festivals(_live.Path), Festivals(_ben));
        Assert.Equal(new ContentHistory(_live.Path).List()[0].Name, WorkingCopy.Of(_ben)!.Version);
    }

    [Fact]
    public void DraftAgainBringsInWhatWentLiveAndKeepsYourChanges()
    {
        AddFestival(_anna, AddedFestival);
        Assert.Equal(0, Run("publish", _anna, "--to", _live.Path, "--by", "Anna"));
        File.WriteAllText(Path.Combine(_ben, ContentFiles.Synopsis), "Ben's new synopsis.\n");
        _output.GetStringBuilder().Clear();

        Assert.Equal(0, Run("draft", _ben, "--to", _live.Path));

        Assert.Equal(Festivals(_live.Path), Festivals(_ben));
        Assert.Equal("Ben's new synopsis.\n", File.ReadAllText(Path.Combine(_ben, ContentFiles.Synopsis)));
        Assert.Contains("Brought into", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("festivals.json", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, Run("publish", _ben, "--to", _live.Path, "--dry-run"));
        Assert.Contains("synopsis.md:", _output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("festivals.json: removed", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DraftNamesAFileChangedOnBothSidesAndPublishKeepsRefusingItUntilForced()
    {
        AddFestival(_anna, AddedFestival);
        Assert.Equal(0, Run("publish", _anna, "--to", _live.Path, "--by", "Anna"));
        AddFestival(_ben, OtherFestival);

        Assert.Equal(0, Run("draft", _ben, "--to", _live.Path));

        Assert.Contains("Changed both on live and in your copy, kept as in your copy: festivals.json", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Another Example Festival", Festivals(_ben), StringComparison.Ordinal);
        Assert.Equal(ContentPublisher.LiveChanged, Run("publish", _ben, "--to", _live.Path));
    }

    [Fact]
    public void ACopyNotMadeByDraftIsRefusedUnlessForced()
    {
        using var copied = TempContentFolder.CopyOfReal();
        AddFestival(copied.Path, AddedFestival);

        Assert.Equal(ContentPublisher.LiveChanged, Run("publish", copied.Path, "--to", _live.Path));

        Assert.Contains("was not made with 'draft'", _errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Example Documentary Festival", Festivals(_live.Path), StringComparison.Ordinal);
        Assert.Equal(0, Run("publish", copied.Path, "--to", _live.Path, "--force"));
        Assert.Contains("Example Documentary Festival", Festivals(_live.Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPublishesAtOnceNeverMix()
    {
        // Both change the same two files from the same start: whichever goes second must be refused whole.
        foreach (var (copy, name) in new[] { (_anna, "Anna"), (_ben, "Ben") })
        {
            File.WriteAllText(Path.Combine(copy, ContentFiles.Synopsis), $"{name}'s synopsis.\n");
            File.WriteAllText(Path.Combine(copy, ContentFiles.DirectorsStatement), $"{name}'s statement.\n");
        }

        var publishes = await Task.WhenAll(
            Task.Run(() => SiteCommands.TryRun(["publish", _anna, "--to", _live.Path, "--no-wait"], TextWriter.Null, TextWriter.Null), TestContext.Current.CancellationToken),
            Task.Run(() => SiteCommands.TryRun(["publish", _ben, "--to", _live.Path, "--no-wait"], TextWriter.Null, TextWriter.Null), TestContext.Current.CancellationToken));

        Assert.Equal([0, ContentPublisher.LiveChanged], publishes.Order());
        var synopsis = File.ReadAllText(Path.Combine(_live.Path, ContentFiles.Synopsis));
        var statement = File.ReadAllText(Path.Combine(_live.Path, ContentFiles.DirectorsStatement));
        Assert.Equal(synopsis.Split('\'')[0], statement.Split('\'')[0]);
        Assert.Empty(Directory.EnumerateFiles(_live.Path, "*.publishing", SearchOption.AllDirectories));
    }

    [Fact]
    public void APublishWhileAnotherHoldsTheLockWaitsThenGivesUpChangingNothing()
    {
        AddFestival(_anna, AddedFestival);
        var before = Festivals(_live.Path);
        using (PublishLock.Take(new ContentHistory(_live.Path), "Carla", TimeSpan.Zero, TextWriter.Null, TextWriter.Null))
        {
            var publisher = new ContentPublisher(TimeProvider.System, TimeZoneInfo.Utc, _output, _errors) { LockPatience = TimeSpan.FromMilliseconds(300) };

            Assert.Equal(2, publisher.Publish(_anna, _live.Path, new PublishOptions(DryRun: false, Force: false, By: "Anna")));
        }

        Assert.Contains("Waiting for another publish to finish (Carla since", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Another publish is still running (Carla since", _errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Festivals(_live.Path));
        Assert.Equal(0, Run("publish", _anna, "--to", _live.Path));
    }

    private static void AddFestival(string folder, string festival)
    {
        var path = Path.Combine(folder, ContentFiles.Festivals);
        File.WriteAllText(path, File.ReadAllText(path).Replace(
            "{ \"name\": \"Sundance Film Festival\", \"year\": 2012 },",
            $"{{ \"name\": \"Sundance Film Festival\", \"year\": 2012 }},\n    {festival}",
            StringComparison.Ordinal));
    }

    private static string Festivals(string folder) => File.ReadAllText(Path.Combine(folder, ContentFiles.Festivals));

    /// <summary>Runs a verb; publish and restore do not wait for pictures: no site runs here to make them.</summary>
    private int Run(params string[] args) =>
        SiteCommands.TryRun(args is ["publish" or "restore", ..] ? [.. args, "--no-wait"] : args, _output, _errors) ?? -1;
}
