using System.Text.Json.Nodes;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// Two versions of a JSON value compared field by field, each change a line ("the rating's reason: 'some
/// language' → 'language'"). The path for every field without words of its own, so a field added to a record
/// later is reported by its name in the file rather than missed.
/// </summary>
internal static class JsonChanges
{
    public static IEnumerable<string> Of(string subject, JsonNode? was, JsonNode? @is) =>
        JsonNode.DeepEquals(was, @is) ? [] : (was, @is) switch
        {
            (JsonObject before, JsonObject after) => Fields(before, after, field => $"{subject}'s {ChangeWords.Field(field)}"),
            (JsonArray or null, JsonArray or null) => Items(subject, was as JsonArray, @is as JsonArray),
            (null, JsonObject added) => [$"added {subject}: {Value(added)}"],
            (JsonObject removed, null) => [$"removed {subject}: {Value(removed)}"],
            _ => [$"{subject}: {ChangeWords.FromTo(was, @is)}"],
        };

    /// <summary>Each field that differs, named by <paramref name="subjectOf"/>, in the order the file has them.</summary>
    public static IEnumerable<string> Fields(JsonObject was, JsonObject @is, Func<string, string> subjectOf) =>
        Names(was, @is).SelectMany(name => Of(subjectOf(name), was[name], @is[name]));

    public static IEnumerable<string> Names(JsonObject was, JsonObject @is) =>
        was.Select(field => field.Key).Union(@is.Select(field => field.Key));

    /// <summary>A value in a line: text quoted, an object as its fields ("caption 'A still', file 'images/a.jpg'").</summary>
    public static string Value(JsonNode? node) => node switch
    {
        JsonObject fields => string.Join(", ", fields.Where(f => f.Value is not null).Select(f => $"{ChangeWords.Field(f.Key)} {Value(f.Value)}")),
        JsonArray items => $"[{string.Join(", ", items.Select(Value))}]",
        _ => ChangeWords.Quote(ChangeWords.Text(node)),
    };

    /// <summary>A list without words of its own: items added and removed by value, and whether the rest moved.</summary>
    private static IEnumerable<string> Items(string subject, JsonArray? was, JsonArray? @is)
    {
        var pairing = ListPairing.Of(was, @is, item => item.ToJsonString());
        return [
            .. pairing.Added.Select(item => $"{subject}: added {Value(item)}"),
            .. pairing.Removed.Select(item => $"{subject}: removed {Value(item)}"),
            .. pairing.Reordered ? [$"{subject}: order changed"] : Array.Empty<string>(),
        ];
    }
}
