using System.Text.Json;
using NeverSorry.Content.Files;

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

    /// <summary>Far more than the note of a copy of 10,000 files.</summary>
    private const long MaxBytes = 4 * 1024 * 1024;

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>What the copy in <paramref name="folder"/> remembers, or null when it was not made by <c>draft</c> (or its note is unreadable).</summary>
    public static WorkingCopy? Of(string folder)
    {
        try
        {
            // Read as content files are: a pipe or a link out of the copy in its place is no note.
            var note = SafeFile.Read(folder, FileName, MaxBytes, out _);
            return note is null ? null : JsonSerializer.Deserialize<WorkingCopy>(note, s_json);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
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
