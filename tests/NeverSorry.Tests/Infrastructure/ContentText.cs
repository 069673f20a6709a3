using NeverSorry.Content.Model;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// Whole content files written by tests, so a test shows every line it depends on (and the line numbers
/// its problem reports must name) instead of patching the real files.
/// </summary>
public static class ContentText
{
    /// <summary>A valid film.json; credits, links and trailer are JSON fragments.</summary>
    public static string Film(
        string title = "Ai Weiwei: Never Sorry",
        string ratingReason = "some language",
        string opening = "2012-07-27",
        string credits = "[]",
        string links = "[]",
        string? trailer = null,
        string? watchAt = null) => $$"""
        {
          "title": "{{title}}",
          "year": 2012,
          "genre": "Biographical Documentary",
          "rating": { "code": "R", "reason": "{{ratingReason}}" },
          "distributor": "Sundance Selects",
          "director": "Alison Klayman",
          "release": {
            "opening": "{{opening}}",
            "type": "Limited"
          },
          "credits": {{credits}},
          "still": {
            "caption": "Ai Weiwei in a scene from Alison Klayman's AI WEIWEI: NEVER SORRY.",
            "credit": "Photo Courtesy of Never Sorry LLC"
          },
          {{(trailer is null ? "" : $"\"trailer\": {trailer},")}}
          {{(watchAt is null ? "" : $"\"watchAt\": {watchAt},")}}
          "links": {{links}}
        }
        """;

    /// <summary>A theatrical-run.json with one engagement per line, in the order given.</summary>
    public static string Run(params string[] engagementLines) =>
        "{\n  \"engagements\": [\n    " + string.Join(",\n    ", engagementLines) + "\n  ]\n}\n";

    /// <summary>The 1-based line of the first line of <paramref name="text"/> containing <paramref name="marker"/>.</summary>
    public static int LineOf(string text, string marker)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        return index < 0 ? throw new ArgumentException($"'{marker}' is not in the text.", nameof(marker)) : index + 1;
    }

    /// <summary>The 1-based column at which <paramref name="marker"/> starts on its line.</summary>
    public static int ColumnOf(string text, string marker)
    {
        var line = text.Split('\n')[LineOf(text, marker) - 1];
        return line.IndexOf(marker, StringComparison.Ordinal) + 1;
    }
}
