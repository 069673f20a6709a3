using NeverSorry.Content.Files;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;

namespace NeverSorry.Content.Publishing;

/// <summary>What staff asked of a publish or restore besides the folders.</summary>
/// <param name="Force">Publish the copy as it is, even when the live folder changed since it was made.</param>
/// <param name="By">Who is publishing, as history will name them.</param>
public sealed record PublishOptions(bool DryRun, bool Force, string By);

/// <summary>
/// Replaces the live content with a working copy, or with a version from the history, in one step. It holds
/// <see cref="PublishLock"/> throughout; reads every file of the copy once into the history
/// (<see cref="ContentHistory.KeepFilesOf"/>) and checks, describes and publishes those bytes, built into a
/// release folder of their own; refuses a copy made from an older live version when both changed the same
/// file (<see cref="FileMerge"/>), and combines the rest; and switches the live link to the release in one
/// rename (<see cref="ContentReleases"/>), so the running site loads the new version whole, never a mix.
/// </summary>
public sealed class ContentPublisher(TimeProvider clock, TimeZoneInfo zone, TextWriter output, TextWriter errors)
{
    /// <summary>Exit code: the live folder changed since the working copy was made, in a way publish cannot combine.</summary>
    public const int LiveChanged = 3;

    /// <summary>How long a publish or draft waits for another one to finish before it gives up.</summary>
    public static readonly TimeSpan DefaultLockPatience = TimeSpan.FromSeconds(30);

    public TimeSpan LockPatience { get; init; } = DefaultLockPatience;

    /// <returns>0 published (or nothing to do), 1 content problems, 2 not possible, 3 <see cref="LiveChanged"/>.</returns>
    public int Publish(string from, string to, PublishOptions options)
    {
        var (source, live) = (Path.TrimEndingDirectorySeparator(Path.GetFullPath(from)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(to)));
        if (FolderMistake(source, live) is { } mistake)
        {
            errors.WriteLine(mistake);
            return 2;
        }
        var history = new ContentHistory(live);
        using var held = Lock(history, options.By);
        if (held is null)
        {
            return 2;
        }
        try
        {
            return Publish(history, source, options);
        }
        catch (IOException ex)
        {
            return Failed(history, ex);
        }
    }

    private int Publish(ContentHistory history, string source, PublishOptions options)
    {
        var live = history.LiveFolder;
        var copy = WorkingCopy.Of(source);
        if (copy is not null && !SameFolder(copy.Live, live))
        {
            errors.WriteLine($"{source} is a working copy of {copy.Live}, not of {live}: publish it there, or make a working copy of {live} with 'draft'.");
            return 2;
        }

        var liveFiles = ContentFileSet.Of(live);
        var files = history.KeepFilesOf(source);
        var merge = copy is null ? null : new FileMerge(copy.Files, liveFiles.Hashes, files);
        if (!options.Force && merge is null && !ContentFileSet.Same(files, liveFiles.Hashes))
        {
            errors.WriteLine($"Nothing was published: {source} was not made with 'draft', so publish cannot tell what changed in the live folder since it was copied, and could undo a colleague's work.");
            errors.WriteLine($"Run 'draft {source} --to {live}': it keeps your edits, brings in what changed on live, and says which files you both changed. Then publish again.");
            errors.WriteLine("Or add --force to replace the live folder with your copy as it is.");
            return LiveChanged;
        }
        if (!options.Force && merge is { ChangedOnLive.Count: > 0 })
        {
            var since = LiveChangesSince(history, copy!, liveFiles.Hashes);
            if (merge.Conflicts.Count > 0)
            {
                RefuseConflicts(source, live, since, merge.Conflicts);
                return LiveChanged;
            }
            output.WriteLine(since);
            output.WriteLine($"They changed other files than you did, so both are kept: {Names(merge.ChangedOnLive)} as on live, your changes on top.");
            files = merge.Combined;
        }

        var (exit, version) = PublishFiles(history, source, files, liveFiles, options, VersionKind.Published, restoredFrom: null);
        if (exit == 0 && !options.DryRun)
        {
            try
            {
                BringUpToDate(history, source, live, merge, version ?? history.Live(liveFiles.Hashes), files);
            }
            catch (IOException ex)
            {
                errors.WriteLine($"{source} could not be brought up to date with what went live ({ex.Message}): run 'draft {source} --to {live}' before you edit it again.");
            }
        }
        return exit;
    }

    /// <summary>Publishes a version the history keeps, through the same checks and summary; recorded as a restore.</summary>
    public int Restore(string name, string to, PublishOptions options)
    {
        var live = Path.TrimEndingDirectorySeparator(Path.GetFullPath(to));
        if (!Directory.Exists(live))
        {
            errors.WriteLine($"{live}: there is no such folder.");
            return 2;
        }
        var history = new ContentHistory(live);
        var version = history.Find(name);
        if (version is null)
        {
            errors.WriteLine($"There is no version '{name}'. 'history' lists the versions kept.");
            return 2;
        }
        using var held = Lock(history, options.By);
        if (held is null)
        {
            return 2;
        }
        try
        {
            var files = version.CopyFolder is { } copy ? history.KeepFilesOf(copy) : version.Files;
            output.WriteLine($"Bringing back the version of {VersionWords.Named(version, zone)}, {VersionWords.How(version, history, zone)}.");
            return PublishFiles(history, version.Name, files, ContentFileSet.Of(live), options, VersionKind.Restored, version.Name).Exit;
        }
        catch (IOException ex)
        {
            return Failed(history, ex);
        }
    }

    /// <summary>
    /// Builds the files into a release folder of their own, checks that very folder, says what it changes, and
    /// makes it live in one switch (<see cref="ContentReleases"/>).
    /// </summary>
    private (int Exit, ContentVersion? Version) PublishFiles(
        ContentHistory history, string shownAs, IReadOnlyDictionary<string, string> files, ContentFileSet live, PublishOptions options, VersionKind kind, string? restoredFrom)
    {
        var releases = new ContentReleases(history);
        var release = releases.Build(files);
        try
        {
            var loader = new ContentLoader(clock);
            ContentSnapshot next;
            try
            {
                next = loader.Load(new ContentFolder(release, shownAs));
            }
            catch (ContentException ex)
            {
                foreach (var problem in ex.Problems)
                {
                    errors.WriteLine(problem);
                }
                errors.WriteLine($"Nothing was published: {ex.Problems.Count} problem(s) in {FileNames.Shown(shownAs)}. The live site is unchanged.");
                history.SweepObjects();
                return (1, null);
            }

            var after = ContentFileSet.Of(release, files);
            var changes = ContentChanges.Describe(live, TryLoad(loader, new ContentFolder(live.Root)), after, next);
            if (changes.Count == 0)
            {
                output.WriteLine($"Nothing to publish: {live.Root} already has this content.");
                return (0, null);
            }
            output.WriteLine(options.DryRun ? "Would change:" : "Changes:");
            foreach (var change in changes)
            {
                output.WriteLine($"  {FileNames.Shown(change)}");
            }
            if (options.DryRun)
            {
                output.WriteLine("Dry run: nothing was published.");
                return (0, null);
            }

            var replaced = history.RecordUnrecordedLive(live);
            var version = history.Prepare(clock.GetUtcNow(), options.By, kind, changes, files, restoredFrom);
            releases.Switch(release, version.Name);
            history.Commit(version.Name);
            output.WriteLine($"Published to {live.Root} as the version of {VersionWords.Named(version, zone)}; the site shows the text within a second, and the pictures as it makes them.");
            output.WriteLine($"'restore {replaced.Name}' brings back the version it replaced.");
            return (0, version);
        }
        finally
        {
            ContentReleases.Discard(release);
        }
    }

    /// <summary>A publish that could not read or write a file (a full disk): what it left is cleaned up, and staff told in one sentence.</summary>
    private int Failed(ContentHistory history, IOException ex)
    {
        // A version that was switched live before the failure is recorded here, and said to be live.
        var said = new ContentReleases(history).CleanUp();
        foreach (var sentence in said)
        {
            output.WriteLine(sentence);
        }
        errors.WriteLine(said.Count > 0 ? $"The publish went live but could not finish: {ex.Message}" : PublishFailure.Words(ex, history.Folder));
        return 2;
    }

    /// <summary>After a publish, the working copy holds what went live and starts from it.</summary>
    private static void BringUpToDate(ContentHistory history, string source, string live, FileMerge? merge, ContentVersion? published, IReadOnlyDictionary<string, string> files)
    {
        if (published is null)
        {
            return;
        }
        foreach (var file in merge?.FromLive ?? [])
        {
            WorkingCopies.TakeFromLive(history, files, source, file);
        }
        new WorkingCopy(live, published.Name, files).SaveIn(source);
    }

    /// <summary>What went live since the copy was made, by whom, in the words history uses.</summary>
    private string LiveChangesSince(ContentHistory history, WorkingCopy copy, IReadOnlyDictionary<string, string> liveFiles) =>
        WorkingCopies.LiveChangesSince(history, copy, liveFiles, zone);

    private void RefuseConflicts(string source, string live, string since, IReadOnlyList<string> conflicts)
    {
        var both = Names(conflicts);
        errors.WriteLine(since);
        errors.WriteLine($"Nothing was published: you both changed {both}, and publishing your copy would undo their change.");
        errors.WriteLine("To keep both:");
        errors.WriteLine($"  1. 'draft {source} --to {live}' brings their other changes into your copy;");
        errors.WriteLine($"  2. make their change to {both} in your copy too (above is what they changed);");
        errors.WriteLine("  3. publish again with --force, which publishes your copy of those files as it is.");
    }

    /// <summary>Takes the lock, then settles what a publish stopped half-way left behind, saying what it recorded.</summary>
    private PublishLock? Lock(ContentHistory history, string by)
    {
        var held = PublishLock.Take(history, by, LockPatience, output, errors);
        if (held is not null)
        {
            foreach (var sentence in new ContentReleases(history).CleanUp())
            {
                output.WriteLine(sentence);
            }
        }
        return held;
    }

    private static string? FolderMistake(string source, string live)
    {
        if (!Directory.Exists(source) || !Directory.Exists(live))
        {
            return $"{(Directory.Exists(source) ? live : source)}: there is no such folder.";
        }
        return SameFolder(source, live)
            ? $"{source} is the live folder itself: publish from a working copy of it ('draft ~/content-draft --to {live}' makes one)."
            : null;
    }

    /// <summary>File names for staff, each escaped.</summary>
    internal static string Names(IEnumerable<string> files) => string.Join(", ", files.Select(FileNames.Shown));

    private static ContentSnapshot? TryLoad(ContentLoader loader, ContentFolder folder)
    {
        try
        {
            return loader.Load(folder);
        }
        catch (ContentException)
        {
            return null;
        }
    }

    /// <summary>Both exist (checked before): their real paths, every link and '..' resolved, as the content loader resolves them.</summary>
    internal static bool SameFolder(string a, string b) =>
        string.Equals(UnixFiles.RealPath(a) ?? a, UnixFiles.RealPath(b) ?? b, StringComparison.Ordinal);
}
