using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// The versions that went live, kept beside the live folder in <c>&lt;live&gt;.history/</c> (outside what the
/// site reads): <c>versions/&lt;name&gt;.json</c> says when each went live, by whom and what it changed, and names
/// its files by content hash; <c>objects/&lt;sha-256&gt;</c> holds each content once, however many versions name
/// it, so a picture costs its size once, not once per publish. The newest <see cref="Keep"/> versions are kept.
/// Writers hold <see cref="PublishLock"/>.
/// </summary>
public sealed class ContentHistory(string liveFolder)
{
    public const int Keep = 30;

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Folder { get; } = Path.GetFullPath(liveFolder).TrimEnd(Path.DirectorySeparatorChar) + ".history";

    private string Objects => Path.Combine(Folder, "objects");

    private string Versions => Path.Combine(Folder, "versions");

    /// <summary>Read once per instance and after each write: an older site's copies are hashed to be compared.</summary>
    private IReadOnlyList<ContentVersion>? _versions;

    /// <summary>Every version kept, newest first.</summary>
    public IReadOnlyList<ContentVersion> List() => _versions ??= ReadVersions();

    private IReadOnlyList<ContentVersion> ReadVersions()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }
        var recorded = Directory.Exists(Versions)
            ? Directory.EnumerateFiles(Versions, "*.json").Select(Read).OfType<ContentVersion>()
            : [];
        return [.. recorded.Concat(Replaced()).OrderByDescending(v => v.WentLive).ThenByDescending(v => v.Name, StringComparer.Ordinal)];
    }

    public ContentVersion? Find(string name) => List().FirstOrDefault(v => v.Name == name);

    /// <summary>The newest version whose files the live folder holds now, or null when it holds none (it was edited in place).</summary>
    public ContentVersion? Live(IReadOnlyDictionary<string, string> liveFiles) => List().FirstOrDefault(v => v.Holds(liveFiles));

    /// <summary>
    /// Keeps the content of every file of a folder (as <see cref="ContentFileSet"/> reads it), each read once,
    /// and returns the folder's files by hash: what was kept is what was read, whatever changes in the folder later.
    /// </summary>
    public IReadOnlyDictionary<string, string> KeepFilesOf(string root)
    {
        Directory.CreateDirectory(Objects);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var relative in ContentFileSet.Paths(root))
        {
            using var content = ContentFileSet.OpenRead(Path.Combine(root, relative));
            files[relative] = KeepContent(content);
        }
        return files;
    }

    /// <summary>Writes the files of a version into <paramref name="folder"/>, as ordinary files.</summary>
    public void WriteOut(ContentVersion version, string folder) => WriteOut(version.Files, folder, version.CopyFolder);

    public void WriteOut(IReadOnlyDictionary<string, string> files, string folder, string? copyFolder = null)
    {
        foreach (var (relative, hash) in files)
        {
            var target = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var source = copyFolder is null ? ObjectPath(hash) : Path.Combine(copyFolder, relative);
            File.Copy(source, target, overwrite: true);
        }
    }

    /// <summary>Records a version as live from <paramref name="wentLive"/>, then lets the oldest go past <see cref="Keep"/>.</summary>
    public ContentVersion Record(DateTimeOffset wentLive, string by, VersionKind kind, IReadOnlyList<string> changes, IReadOnlyDictionary<string, string> files, string? restoredFrom = null)
    {
        Directory.CreateDirectory(Versions);
        var stamp = wentLive.UtcDateTime.ToString("yyyy-MM-dd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var name = stamp;
        for (var n = 2; File.Exists(VersionPath(name)) || Directory.Exists(Path.Combine(Folder, name)); n++)
        {
            name = $"{stamp}-{n}";
        }
        var version = new ContentVersion(name, wentLive, by, kind, changes, files) { RestoredFrom = restoredFrom };
        var temporary = VersionPath(name) + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(version, s_json));
        File.Move(temporary, VersionPath(name));
        _versions = null;
        Prune();
        return version;
    }

    /// <summary>
    /// The version the live folder holds; when none does (before the first publish, or after files were saved in
    /// the live folder itself), its files are kept and recorded first as <see cref="VersionKind.Found"/>, dated by
    /// the newest of them: nothing a publish replaces is ever lost.
    /// </summary>
    public ContentVersion RecordUnrecordedLive(ContentFileSet live)
    {
        if (Live(live.Hashes) is { } recorded)
        {
            return recorded;
        }
        var versions = List();
        var newest = versions.Count > 0 ? versions[0] : null;
        var files = KeepFilesOf(live.Root);
        var saved = files.Keys.Select(f => new DateTimeOffset(File.GetLastWriteTimeUtc(live.PathOf(f)))).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        if (newest is not null && saved <= newest.WentLive)
        {
            saved = newest.WentLive.AddSeconds(1);
        }
        IReadOnlyList<string> changes = newest is null
            ? ["the live folder as it was before the first publish"]
            : [.. files.Keys.Union(newest.Files.Keys).Order(StringComparer.Ordinal)
                .Where(f => files.GetValueOrDefault(f) != newest.Files.GetValueOrDefault(f))
                .Select(f => $"{f}: {(files.ContainsKey(f) ? newest.Files.ContainsKey(f) ? "changed" : "added" : "removed")} in the live folder itself")];
        return Record(saved, "", VersionKind.Found, changes, files);
    }

    /// <summary>How much room the history takes on disk, in bytes.</summary>
    public long Size() =>
        Directory.Exists(Folder) ? new DirectoryInfo(Folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;

    private string VersionPath(string name) => Path.Combine(Versions, name + ".json");

    private string ObjectPath(string hash) => Path.Combine(Objects, hash);

    /// <summary>Copies a stream into the objects, hashing as it goes; content kept before is not written twice.</summary>
    private string KeepContent(Stream content)
    {
        var temporary = Path.Combine(Objects, $".incoming-{Guid.NewGuid():N}");
        try
        {
            using var sha = SHA256.Create();
            using (var hashing = new CryptoStream(File.Create(temporary), sha, CryptoStreamMode.Write))
            {
                content.CopyTo(hashing);
            }
            var hash = Convert.ToHexStringLower(sha.Hash!);
            if (File.Exists(ObjectPath(hash)))
            {
                return hash;
            }
            File.Move(temporary, ObjectPath(hash));
            return hash;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private void Prune()
    {
        var versions = List();
        foreach (var old in versions.Skip(Keep))
        {
            if (old.CopyFolder is { } copy)
            {
                Directory.Delete(copy, recursive: true);
            }
            else
            {
                File.Delete(VersionPath(old.Name));
            }
            _versions = null;
        }
        if (!Directory.Exists(Objects))
        {
            return;
        }
        var named = versions.Take(Keep).SelectMany(v => v.Files.Values).ToHashSet(StringComparer.Ordinal);
        foreach (var unnamed in new DirectoryInfo(Objects).EnumerateFiles().Where(f => !f.Name.StartsWith('.') && !named.Contains(f.Name)))
        {
            unnamed.Delete();
        }
    }

    private static ContentVersion? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<ContentVersion>(File.ReadAllText(path), s_json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Versions an older site kept as plain copies named by when a publish replaced them (<c>2026-11-26T130418Z/</c>):
    /// still listed and restorable, under their old names.
    /// </summary>
    private IEnumerable<ContentVersion> Replaced()
    {
        foreach (var folder in new DirectoryInfo(Folder).EnumerateDirectories())
        {
            var stamp = folder.Name.Length >= 18 ? folder.Name[..18] : "";
            if (DateTimeOffset.TryParseExact(stamp, "yyyy-MM-dd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var replacedAt))
            {
                var files = ContentFileSet.Of(folder.FullName).Hashes;
                yield return new ContentVersion(folder.Name, replacedAt, "", VersionKind.Replaced, [], files) { CopyFolder = folder.FullName };
            }
        }
    }
}
