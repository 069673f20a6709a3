using NeverSorry.Content.Files;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// <c>draft</c>: makes a working copy of the live folder, or brings one up to date with what went live since it
/// was made. A file the live folder changed and the copy did not is taken in; a file only the copy changed is
/// kept; a file both changed is kept as the copy has it and named, so staff settle it (<see cref="FileMerge"/>).
/// </summary>
public sealed class WorkingCopies(TimeZoneInfo zone, TextWriter output, TextWriter errors)
{
    /// <returns>0 made or brought up to date, 2 not possible.</returns>
    public int Draft(string folder, string to, string by)
    {
        var (copyFolder, live) = (Path.GetFullPath(folder), Path.GetFullPath(to));
        if (!Directory.Exists(live))
        {
            errors.WriteLine($"{live}: there is no such folder.");
            return 2;
        }
        if (copyFolder == live || UnixFiles.IsBelow(copyFolder, live) || UnixFiles.IsBelow(live, copyFolder))
        {
            errors.WriteLine($"{copyFolder}: a working copy lives outside the live folder {live}, e.g. ~/content-draft.");
            return 2;
        }
        var history = new ContentHistory(live);
        using var held = PublishLock.Take(history, by, ContentPublisher.DefaultLockPatience, output, errors);
        if (held is null)
        {
            return 2;
        }
        foreach (var sentence in new ContentReleases(history).CleanUp())
        {
            output.WriteLine(sentence);
        }
        var copy = WorkingCopy.Of(copyFolder);
        if (copy is not null && !ContentPublisher.SameFolder(copy.Live, live))
        {
            errors.WriteLine($"{copyFolder} is a working copy of {copy.Live}, not of {live}.");
            return 2;
        }
        var version = history.RecordUnrecordedLive(ContentFileSet.Of(live));
        var isNew = !Directory.Exists(copyFolder) || !Directory.EnumerateFileSystemEntries(copyFolder).Any();
        if (isNew)
        {
            history.WriteOut(version.Files, copyFolder);
            new WorkingCopy(live, version.Name, version.Files).SaveIn(copyFolder);
            output.WriteLine($"Made a working copy of {live} in {copyFolder}, from the version of {VersionWords.Named(version, zone)}.");
            output.WriteLine("Edit it, look at it with 'preview', then 'publish' it.");
            return 0;
        }

        // A copy not made by draft (cp -r) starts from nothing known: a file both have differently is both sides' change.
        var merge = new FileMerge(copy?.Files ?? new Dictionary<string, string>(), version.Files, ContentFileSet.Of(copyFolder).Hashes);
        foreach (var file in merge.FromLive)
        {
            TakeFromLive(history, version.Files, copyFolder, file);
        }
        new WorkingCopy(live, version.Name, merge.NewStart).SaveIn(copyFolder);
        if (copy is not null && merge.ChangedOnLive.Count > 0)
        {
            output.WriteLine(LiveChangesSince(history, copy, version.Files, zone));
        }
        output.WriteLine(merge.FromLive.Count == 0
            ? $"{copyFolder} already had everything that is live."
            : $"Brought into {copyFolder} from live: {ContentPublisher.Names(merge.FromLive)}.");
        if (merge.Conflicts.Count > 0)
        {
            output.WriteLine($"Changed both on live and in your copy, kept as in your copy: {ContentPublisher.Names(merge.Conflicts)}.");
            output.WriteLine("Make the live change there too (history shows it), then publish with --force; publish refuses these files until then.");
        }
        output.WriteLine($"Your copy now starts from the version of {VersionWords.Named(version, zone)}; your own changes are kept.");
        return 0;
    }

    /// <summary>Writes the live version of one file into a working copy, or deletes it there when live has none.</summary>
    internal static void TakeFromLive(ContentHistory history, IReadOnlyDictionary<string, string> liveFiles, string copyFolder, string file)
    {
        if (liveFiles.TryGetValue(file, out var hash))
        {
            history.WriteOut(new Dictionary<string, string> { [file] = hash }, copyFolder);
        }
        else
        {
            File.Delete(Path.Combine(copyFolder, file));
        }
    }

    /// <summary>
    /// "The live folder changed since your copy was made from it (…):" then each version that went live since,
    /// when, by whom and what it changed, and files saved in the live folder directly.
    /// </summary>
    internal static string LiveChangesSince(ContentHistory history, WorkingCopy copy, IReadOnlyDictionary<string, string> liveFiles, TimeZoneInfo zone)
    {
        var versions = history.List();
        var start = versions.FirstOrDefault(v => v.Name == copy.Version);
        var lines = new List<string>
        {
            $"The live folder changed since your copy was made from it ({(start is null ? copy.Version : VersionWords.Named(start, zone))}):",
        };
        foreach (var version in versions.TakeWhile(v => v.Name != copy.Version).Reverse())
        {
            lines.Add($"  {VersionWords.When(version.WentLive, zone)}, {VersionWords.How(version, history, zone)}:");
            lines.AddRange(version.Changes.Select(change => $"      {FileNames.Shown(change)}"));
        }
        if (history.Live(liveFiles) is null)
        {
            var newest = versions.Count > 0 ? versions[0].Files : copy.Files;
            var saved = liveFiles.Keys.Union(newest.Keys).Where(f => liveFiles.GetValueOrDefault(f) != newest.GetValueOrDefault(f)).Order(StringComparer.Ordinal);
            lines.Add($"  and saved in the live folder directly, not published (nobody's name recorded): {ContentPublisher.Names(saved)}");
        }
        return string.Join(Environment.NewLine, lines);
    }
}
