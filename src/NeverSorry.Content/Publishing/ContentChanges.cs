using System.Globalization;
using NeverSorry.Content.Files;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// What a publish changes, in the words staff use ("festivals.json: added 2013 Hot Docs Film Festival"),
/// not a text diff: the two versions are compared as the site reads them, file by file. Where the version
/// being replaced does not load (it was broken), its files are only said to be replaced. film.json, press.json and the
/// Markdown files have classes of their own (<see cref="FilmChanges"/>, <see cref="PressChanges"/>, <see cref="ParagraphChanges"/>).
/// </summary>
public static class ContentChanges
{
    public static IReadOnlyList<string> Describe(ContentFileSet before, ContentSnapshot? beforeContent, ContentFileSet after, ContentSnapshot afterContent)
    {
        var lines = new List<string>();
        foreach (var file in before.Hashes.Keys.Union(after.Hashes.Keys).Order(StringComparer.Ordinal))
        {
            var had = before.Hashes.GetValueOrDefault(file);
            var has = after.Hashes.GetValueOrDefault(file);
            if (had == has)
            {
                continue;
            }
            if (had is null || has is null)
            {
                // What an optional file (press.json, a biography) holds, where the version it is read from loaded.
                var summary = had is null ? PressChanges.Summary(file, afterContent) : beforeContent is null ? null : PressChanges.Summary(file, beforeContent);
                lines.Add($"{FileNames.Shown(file)}: {(had is null ? "added" : "removed")}{(summary is null ? "" : $" {summary}")}");
                continue;
            }
            var details = beforeContent is null ? [] : Details(file, before, beforeContent, after, afterContent);
            lines.Add(details.Count == 0 ? $"{FileNames.Shown(file)}: replaced" : $"{FileNames.Shown(file)}: {string.Join("; ", details)}");
        }
        return lines;
    }

    private static List<string> Details(string file, ContentFileSet before, ContentSnapshot old, ContentFileSet after, ContentSnapshot now) => file switch
    {
        ContentFiles.Festivals => AddedAndRemoved(old.Festivals.Select(Festival), now.Festivals.Select(Festival)),
        ContentFiles.TheatricalRun => Engagements(old.Engagements, now.Engagements),
        ContentFiles.Film => [.. FilmChanges.Describe(old.Film, now.Film)],
        ContentFiles.Synopsis => Markdown(file, before, old.Synopsis, after, now.Synopsis),
        ContentFiles.DirectorsStatement => Markdown(file, before, old.DirectorsStatement, after, now.DirectorsStatement),
        ContentFiles.Press => [.. PressChanges.Describe(old.Press, now.Press)],
        _ when Biography(old, file) is { } was && Biography(now, file) is { } @is => Markdown(file, before, was.Page, after, @is.Page),
        _ => [],
    };

    private static Biography? Biography(ContentSnapshot content, string file) => content.Biographies.FirstOrDefault(b => b.File == file);

    private static List<string> Markdown(string file, ContentFileSet before, MarkdownPage old, ContentFileSet after, MarkdownPage now) =>
        [.. ParagraphChanges.Describe(File.ReadAllText(before.PathOf(file)), old.FrontMatter, File.ReadAllText(after.PathOf(file)), now.FrontMatter)];

    private static string Festival(Festival festival) => $"{festival.Year} {festival.Name}";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Engagement(Engagement e) => $"{e.Theater}, {Day(e.Start)} to {Day(e.End)}";

    private static List<string> AddedAndRemoved(IEnumerable<string> old, IEnumerable<string> now)
    {
        var removed = old.ToList();
        var added = new List<string>();
        foreach (var item in now)
        {
            if (!removed.Remove(item))
            {
                added.Add(item);
            }
        }
        return [.. added.Select(a => $"added {a}"), .. removed.Select(r => $"removed {r}")];
    }

    /// <summary>A theater listed once on both sides is the same engagement with new dates; the rest are added or removed.</summary>
    private static List<string> Engagements(IReadOnlyList<Engagement> old, IReadOnlyList<Engagement> now)
    {
        var lines = new List<string>();
        var unmatchedOld = old.Except(now).ToList();
        var unmatchedNew = now.Except(old).ToList();
        foreach (var changed in unmatchedNew.ToList())
        {
            var sameTheater = unmatchedOld.Where(e => e.Theater == changed.Theater).ToList();
            if (sameTheater.Count != 1 || unmatchedNew.Count(e => e.Theater == changed.Theater) != 1)
            {
                continue;
            }
            var was = sameTheater[0];
            lines.Add((was.Start == changed.Start, was.End == changed.End) switch
            {
                (true, _) => $"{changed.Theater} now ends {Day(changed.End)} (was {Day(was.End)})",
                (_, true) => $"{changed.Theater} now opens {Day(changed.Start)} (was {Day(was.Start)})",
                _ => $"{changed.Theater} now runs {Day(changed.Start)} to {Day(changed.End)} (was {Day(was.Start)} to {Day(was.End)})",
            });
            unmatchedOld.Remove(was);
            unmatchedNew.Remove(changed);
        }
        return [.. unmatchedNew.Select(e => $"added {Engagement(e)}"), .. unmatchedOld.Select(e => $"removed {Engagement(e)}"), .. lines];
    }
}
