using System.Globalization;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// The versions publishes replaced, kept beside the live folder in <c>&lt;live&gt;.history/</c> (outside what
/// the site reads), one folder per version named by when it was replaced (UTC), each a full copy of the
/// live files with a note of what the publish changed. Only the newest <see cref="Keep"/> are kept.
/// </summary>
public sealed class ContentHistory(string liveFolder)
{
    public const int Keep = 30;
    public const string NoteFile = ".publish-note.txt";

    public string Folder { get; } = Path.GetFullPath(liveFolder).TrimEnd(Path.DirectorySeparatorChar) + ".history";

    public sealed record Version(string Name, string Path, IReadOnlyList<string> Note);

    /// <summary>Every version kept, newest first.</summary>
    public IReadOnlyList<Version> List() =>
        !Directory.Exists(Folder)
            ? []
            : [.. new DirectoryInfo(Folder).EnumerateDirectories()
                .Where(d => !d.Name.StartsWith('.'))
                .OrderByDescending(d => d.Name, StringComparer.Ordinal)
                .Select(d => new Version(d.Name, d.FullName, ReadNote(d.FullName)))];

    public Version? Find(string name) => List().FirstOrDefault(v => v.Name == name);

    /// <summary>Copies every live file into a new version folder, with the note saying what replaced it.</summary>
    public Version Save(ContentFileSet live, DateTimeOffset now, IEnumerable<string> note)
    {
        var stamp = now.UtcDateTime.ToString("yyyy-MM-dd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var name = stamp;
        for (var n = 2; Directory.Exists(Path.Combine(Folder, name)); n++)
        {
            name = $"{stamp}-{n}";
        }
        var target = Path.Combine(Folder, name);
        foreach (var file in live.Hashes.Keys)
        {
            var copy = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            ContentFileSet.Copy(live.PathOf(file), copy);
        }
        Directory.CreateDirectory(target);
        File.WriteAllLines(Path.Combine(target, NoteFile), note);
        Prune();
        return new Version(name, target, [.. note]);
    }

    private void Prune()
    {
        foreach (var old in List().Skip(Keep))
        {
            Directory.Delete(old.Path, recursive: true);
        }
    }

    private static string[] ReadNote(string version)
    {
        var note = Path.Combine(version, NoteFile);
        return File.Exists(note) ? File.ReadAllLines(note) : [];
    }
}
