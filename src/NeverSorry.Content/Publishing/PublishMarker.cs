using NeverSorry.Content.Files;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// How a publish tells the site it is replacing files: while <c>.publishing</c> exists the folder is a mix
/// of old and new, so a load waits; each publish ends by writing a new <c>.published</c> version, so a load
/// that overlapped a publish sees the version change and is thrown away. Both names start with a dot: the
/// site reads neither as content, and the file watcher ignores them.
/// </summary>
public static class PublishMarker
{
    public const string InProgressFile = ".publishing";
    public const string VersionFile = ".published";

    /// <summary>A marker older than this was left by a publish that died: it no longer holds loads back.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(1);

    /// <summary>What a load compares before and after reading the folder.</summary>
    public sealed record State(bool InProgress, string Version);

    public static State Read(string folder)
    {
        var marker = new FileInfo(Path.Combine(folder, InProgressFile));
        var inProgress = marker.Exists && DateTime.UtcNow - marker.LastWriteTimeUtc < StaleAfter;
        return new State(inProgress, ReadVersion(folder));
    }

    public static void Begin(string folder) =>
        File.WriteAllText(Path.Combine(folder, InProgressFile), DateTimeOffset.UtcNow.ToString("O"));

    /// <summary>Records the new version, then lifts the marker: a load never sees the marker gone before the version changed.</summary>
    public static void End(string folder, string version)
    {
        var temporary = Path.Combine(folder, VersionFile + ".tmp");
        File.WriteAllText(temporary, version);
        File.Move(temporary, Path.Combine(folder, VersionFile), overwrite: true);
        File.Delete(Path.Combine(folder, InProgressFile));
    }

    private static string ReadVersion(string folder)
    {
        try
        {
            // Opened as content files are: a pipe put in its place must not stall every load.
            using var stream = SafeFile.Open(folder, VersionFile, out _);
            using var reader = new StreamReader(stream ?? Stream.Null);
            return reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
