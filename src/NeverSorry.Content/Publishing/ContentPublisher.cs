using NeverSorry.Content.Files;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// Replaces the live content with a working copy in one step: the copy is checked as a whole first (the
/// live files are not touched if anything is wrong), the version it replaces goes to the history, and the
/// new files are written beside the old ones and renamed over them under <see cref="PublishMarker"/>, so the
/// running site loads once, the new version whole, and never a mix.
/// </summary>
public sealed class ContentPublisher(TimeProvider clock, TextWriter output, TextWriter errors)
{
    /// <returns>The exit code: 0 published (or nothing to do), 1 refused for content problems, 2 not possible.</returns>
    public int Publish(string from, string to, bool dryRun, string what = "")
    {
        var source = new ContentFolder(from);
        var live = new ContentFolder(to);
        if (!Directory.Exists(source.Path) || !Directory.Exists(live.Path))
        {
            errors.WriteLine($"{(Directory.Exists(source.Path) ? live.Path : source.Path)}: there is no such folder.");
            return 2;
        }
        if (SameFolder(source.Path, live.Path))
        {
            errors.WriteLine($"{source.Path} is the live folder itself: publish from a working copy of it (cp -r {live.Path} ~/content-draft).");
            return 2;
        }

        var loader = new ContentLoader(clock);
        ContentSnapshot next;
        try
        {
            next = loader.Load(source);
        }
        catch (ContentException ex)
        {
            foreach (var problem in ex.Problems)
            {
                errors.WriteLine(problem);
            }
            errors.WriteLine($"Nothing was published: {ex.Problems.Count} problem(s) in {source.Path}. The live site is unchanged.");
            return 1;
        }

        var current = TryLoad(loader, live);
        var (before, after) = (ContentFileSet.Of(live.Path), ContentFileSet.Of(source.Path));
        var changes = ContentChanges.Describe(before, current, after, next);
        if (changes.Count == 0)
        {
            output.WriteLine($"Nothing to publish: {live.Path} already has this content.");
            return 0;
        }
        output.WriteLine($"{(dryRun ? "Would change" : "Changes")}{what}:");
        foreach (var change in changes)
        {
            output.WriteLine($"  {change}");
        }
        if (dryRun)
        {
            output.WriteLine("Dry run: nothing was published.");
            return 0;
        }

        var history = new ContentHistory(live.Path);
        var saved = history.Save(before, clock.GetUtcNow(), changes);
        Replace(before, after, saved.Name);
        output.WriteLine($"Published to {live.Path}; the site shows the text within a second, and the pictures as it makes them.");
        output.WriteLine($"The version it replaced is kept as {saved.Name}: 'restore {saved.Name}' brings it back.");
        return 0;
    }

    /// <summary>Writes every new or changed file beside its target first, then renames them all over the live files at once.</summary>
    private static void Replace(ContentFileSet live, ContentFileSet next, string replacedVersion)
    {
        var staged = new List<(string Temporary, string Target)>();
        foreach (var (file, hash) in next.Hashes)
        {
            if (live.Hashes.GetValueOrDefault(file) == hash)
            {
                continue;
            }
            var target = live.PathOf(file);
            var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.publishing");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            ContentFileSet.Copy(next.PathOf(file), temporary);
            staged.Add((temporary, target));
        }
        PublishMarker.Begin(live.Root);
        try
        {
            foreach (var (temporary, target) in staged)
            {
                File.Move(temporary, target, overwrite: true);
            }
            foreach (var removed in live.Hashes.Keys.Except(next.Hashes.Keys))
            {
                File.Delete(live.PathOf(removed));
            }
        }
        finally
        {
            PublishMarker.End(live.Root, $"{DateTimeOffset.UtcNow:O} replaced {replacedVersion}");
        }
    }

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
    private static bool SameFolder(string a, string b) =>
        string.Equals(UnixFiles.RealPath(a), UnixFiles.RealPath(b), StringComparison.Ordinal);
}
