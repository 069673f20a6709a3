using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// What a publish changes, in the words staff use ("festivals.json: added 2013 Hot Docs Film Festival"),
/// not a text diff: the two versions are compared as the site reads them, file by file. Where the version
/// being replaced does not load (it was broken), its files are only said to be replaced.
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
                lines.Add($"{file}: {(had is null ? "added" : "removed")}");
                continue;
            }
            var details = beforeContent is null ? [] : Details(file, before, beforeContent, after, afterContent);
            lines.Add(details.Count == 0 ? $"{file}: replaced" : $"{file}: {string.Join("; ", details)}");
        }
        return lines;
    }

    private static List<string> Details(string file, ContentFileSet before, ContentSnapshot old, ContentFileSet after, ContentSnapshot now) => file switch
    {
        ContentFiles.Festivals => AddedAndRemoved(old.Festivals.Select(Festival), now.Festivals.Select(Festival)),
        ContentFiles.TheatricalRun => Engagements(old.Engagements, now.Engagements),
        ContentFiles.Film => Film(old.Film, now.Film),
        ContentFiles.Synopsis or ContentFiles.DirectorsStatement => Paragraphs(File.ReadAllText(before.PathOf(file)), File.ReadAllText(after.PathOf(file))),
        _ => [],
    };

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

    /// <summary>Each setting of film.json that differs, by its name in the file: lists by their items, the rest by value.</summary>
    private static List<string> Film(Film old, Film now)
    {
        var before = JsonSerializer.SerializeToNode(old, JsonContentReader.Options)!.AsObject();
        var after = JsonSerializer.SerializeToNode(now, JsonContentReader.Options)!.AsObject();
        var lines = new List<string>();
        foreach (var name in before.Select(p => p.Key).Union(after.Select(p => p.Key)).Where(n => n != "$schema"))
        {
            var (was, @is) = (before[name], after[name]);
            if (JsonNode.DeepEquals(was, @is))
            {
                continue;
            }
            if (was is JsonArray || @is is JsonArray)
            {
                lines.AddRange(AddedAndRemoved(Items(was), Items(@is)).Select(change => $"{name}: {change}"));
            }
            else
            {
                lines.Add($"{name} is now {Value(@is)} (was {Value(was)})");
            }
        }
        return lines;
    }

    private static IEnumerable<string> Items(JsonNode? list) => list is JsonArray items ? items.Select(Value) : [];

    /// <summary>A value as staff wrote it: text plain, an object as its values in order ("Director: Alison Klayman").</summary>
    private static string Value(JsonNode? node) => node switch
    {
        null => "nothing",
        JsonObject fields => string.Join(": ", fields.Where(f => f.Value is not null).Select(f => Value(f.Value))),
        JsonValue value when value.TryGetValue(out string? text) => text,
        _ => node.ToJsonString(),
    };

    /// <summary>Blocks separated by blank lines, compared as a whole: "2 paragraphs changed, 1 added".</summary>
    private static List<string> Paragraphs(string oldText, string newText)
    {
        var changes = AddedAndRemoved(Blocks(oldText), Blocks(newText));
        var added = changes.Count(c => c.StartsWith("added", StringComparison.Ordinal));
        var removed = changes.Count - added;
        var changed = Math.Min(added, removed);
        var parts = new List<string>();
        if (changed > 0)
        {
            parts.Add(Count(changed, "changed"));
        }
        if (added > changed)
        {
            parts.Add(Count(added - changed, "added"));
        }
        if (removed > changed)
        {
            parts.Add(Count(removed - changed, "removed"));
        }
        return parts.Count == 0 ? ["line breaks or spacing changed"] : [string.Join(", ", parts)];
    }

    private static string Count(int n, string what) => $"{n} paragraph{(n == 1 ? "" : "s")} {what}";

    private static IEnumerable<string> Blocks(string text) =>
        text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(block => string.Join(' ', block.Split('\n', StringSplitOptions.TrimEntries)));
}
