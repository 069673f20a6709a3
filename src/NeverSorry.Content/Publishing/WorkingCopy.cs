using System.Text.Json;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// What a working copy made by <c>draft</c> remembers, in its <c>.draft.json</c> (a dot file: never content,
/// never published): the live folder it came from, the version it was made from or last brought up to date
/// with, and that version's files by hash. <c>publish</c> compares them with the live folder to see what
/// changed there since.
/// </summary>
public sealed record WorkingCopy(string Live, string Version, IReadOnlyDictionary<string, string> Files)
{
    public const string FileName = ".draft.json";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>What the copy in <paramref name="folder"/> remembers, or null when it was not made by <c>draft</c> (or its note is unreadable).</summary>
    public static WorkingCopy? Of(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<WorkingCopy>(File.ReadAllText(path), s_json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void SaveIn(string folder)
    {
        var temporary = Path.Combine(folder, FileName + ".tmp");
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, s_json));
        File.Move(temporary, Path.Combine(folder, FileName), overwrite: true);
    }
}
