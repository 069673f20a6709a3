using System.Text.Json.Nodes;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// How names and values read in a publish summary: a field by a word where its name in the file is not one,
/// a value in plain quotes, shortened around what changed so that a line stays readable.
/// </summary>
internal static class ChangeWords
{
    private const int Longest = 60;

    /// <summary>Context kept before a change in a long value, so the change is seen in its sentence.</summary>
    private const int Before = 20;

    /// <summary>Fields whose name in the file is not a word; every other field is named as staff write it.</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["alt"] = "alt text",
        ["youtubeId"] = "YouTube id",
        ["uploadDate"] = "upload date",
        ["opening"] = "opening day",
    };

    public static string Field(string name) => Words.GetValueOrDefault(name, name);

    /// <summary>A value as staff wrote it: text without its JSON quotes, anything else as JSON; null when it is not there.</summary>
    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out string? text) => text.ReplaceLineEndings(" "),
        _ => node.ToJsonString(),
    };

    /// <summary>'text', cut at the end when long; "none" when there is no value.</summary>
    public static string Quote(string? text) => text is null ? "none" : $"'{Window(text, 0)}'";

    /// <summary>"'old' → 'new'"; long values both show the same stretch, from a little before the first difference.</summary>
    public static string FromTo(JsonNode? was, JsonNode? @is)
    {
        var (before, after) = (Text(was), Text(@is));
        if (before is null || after is null || (before.Length <= Longest && after.Length <= Longest))
        {
            return $"{Quote(before)} → {Quote(after)}";
        }
        var same = before.AsSpan().CommonPrefixLength(after);
        var start = same < Longest - Before ? 0 : before.LastIndexOf(' ', same - Before) + 1;
        return $"'{Window(before, start)}' → '{Window(after, start)}'";
    }

    /// <summary>An address or file name, cut in the middle when long: both its start and its end tell it apart.</summary>
    public static string Middle(string? text) => text is null || text.Length <= Longest
        ? text ?? "none"
        : $"{text[..(Longest * 2 / 3)]}…{text[^(Longest / 3)..]}";

    private static string Window(string text, int start)
    {
        var shown = start > 0 ? $"…{text[start..]}" : text;
        if (shown.Length <= Longest)
        {
            return shown;
        }
        var cut = shown.LastIndexOf(' ', Longest - 1);
        return $"{shown[..(cut > Longest / 2 ? cut : Longest - 1)]}…";
    }
}
