using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using NeverSorry.Content.Files;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// The versions that went live, kept beside the live folder in <c>&lt;live&gt;.history/</c> (outside what the
/// site reads): <c>versions/&lt;name&gt;.json</c> says when each went live, by whom and what it changed, and names
/// its files by content hash; <c>objects/&lt;sha-256&gt;</c> holds each content once, however many versions name
/// it, so a picture costs its size once, not once per publish; <c>releases/&lt;name&gt;/</c> is each version as a
/// complete folder of hard links to them, which the live path links to (<see cref="ContentReleases"/>). The newest
/// <see cref="Keep"/> versions are kept.
/// Writers hold <see cref="PublishLock"/>.
/// </summary>
public sealed class ContentHistory(string liveFolder)
{
    public const int Keep = 30;

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The live path as given (a link to a release, or before the first publish a plain folder), never resolved.</summary>
    public string LiveFolder { get; } = Path.GetFullPath(liveFolder).TrimEnd(Path.DirectorySeparatorChar);

    public string Folder => LiveFolder + ".history";

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

    /// <summary>Writes the files as ordinary files staff may edit (the objects themselves are read-only).</summary>
    public void WriteOut(IReadOnlyDictionary<string, string> files, string folder, string? copyFolder = null)
    {
        foreach (var (relative, hash) in files)
        {
            var target = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var source = File.OpenRead(copyFolder is null ? ObjectPath(hash) : Path.Combine(copyFolder, relative));
            using var written = File.Create(target);
            source.CopyTo(written);
        }
    }

    /// <summary>Records a version as live from <paramref name="wentLive"/>, then lets the oldest go past <see cref="Keep"/>.</summary>
    public ContentVersion Record(DateTimeOffset wentLive, string by, VersionKind kind, IReadOnlyList<string> changes, IReadOnlyDictionary<string, string> files, string? restoredFrom = null)
    {
        var version = Prepare(wentLive, by, kind, changes, files, restoredFrom);
        Commit(version.Name);
        return version;
    }

    /// <summary>
    /// Writes the record of a version about to go live as <c>versions/&lt;name&gt;.pending</c>: written before the
    /// switch, so a publish killed just after it still says who published what (<see cref="ContentReleases.CleanUp"/>).
    /// </summary>
    public ContentVersion Prepare(DateTimeOffset wentLive, string by, VersionKind kind, IReadOnlyList<string> changes, IReadOnlyDictionary<string, string> files, string? restoredFrom = null)
    {
        Directory.CreateDirectory(Versions);
        var stamp = wentLive.UtcDateTime.ToString("yyyy-MM-dd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var name = stamp;
        for (var n = 2; File.Exists(VersionPath(name)) || File.Exists(PendingPath(name)) || Directory.Exists(Path.Combine(Folder, name)) || Directory.Exists(ReleasePath(name)); n++)
        {
            name = $"{stamp}-{n}";
        }
        var version = new ContentVersion(name, wentLive, by, kind, changes, files) { RestoredFrom = restoredFrom };
        var temporary = PendingPath(name) + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(version, s_json));
        File.Move(temporary, PendingPath(name));
        return version;
    }

    /// <summary>The version went live: its record joins the others, and the oldest go past <see cref="Keep"/>.</summary>
    public void Commit(string name)
    {
        CommitWithoutPruning(name);
        Prune();
    }

    /// <summary>
    /// For the version found in the live folder, recorded in the middle of a publish: pruning now would take the
    /// objects of the copy being published, which no version names yet.
    /// </summary>
    private void CommitWithoutPruning(string name)
    {
        File.Move(PendingPath(name), VersionPath(name));
        _versions = null;
    }

    /// <summary>The records of versions prepared and neither committed nor dropped: a publish stopped half-way left them.</summary>
    internal IEnumerable<string> Pending() =>
        Directory.Exists(Versions) ? Directory.EnumerateFiles(Versions, "*" + PendingExtension).Select(Path.GetFileNameWithoutExtension).OfType<string>() : [];

    internal void Drop(string name) => File.Delete(PendingPath(name));

    /// <summary>Where the complete folder of a version that went live is (<see cref="ContentReleases"/>).</summary>
    internal string ReleasePath(string name) => Path.Combine(Folder, ContentReleases.FolderName, name);

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
                .Select(f => $"{FileNames.Shown(f)}: {(files.ContainsKey(f) ? newest.Files.ContainsKey(f) ? "changed" : "added" : "removed")} in the live folder itself")];
        var found = Prepare(saved, "", VersionKind.Found, changes, files);
        CommitWithoutPruning(found.Name);
        return found;
    }

    /// <summary>How much room the history takes on disk, in bytes: a file the release folders name again (a hard link) counts once.</summary>
    public long Size()
    {
        if (!Directory.Exists(Folder))
        {
            return 0;
        }
        var seen = new HashSet<(ulong, ulong)>();
        return new DirectoryInfo(Folder).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => UnixFiles.Identity(f.FullName) is not { } identity || seen.Add(identity))
            .Sum(f => f.Length);
    }

    private string VersionPath(string name) => Path.Combine(Versions, name + ".json");

    private const string PendingExtension = ".pending";

    private string PendingPath(string name) => Path.Combine(Versions, name + PendingExtension);

    internal string ObjectPath(string hash) => Path.Combine(Objects, hash);

    /// <summary>Copies a stream into the objects, hashing as it goes; content kept before is not written twice.</summary>
    private string KeepContent(Stream content)
    {
        var temporary = Path.Combine(Objects, $".incoming-{Guid.NewGuid():N}");
        try
        {
            using var sha = SHA256.Create();
            // The file is closed by its own using: CryptoStream skips closing it when its last write fails (a full disk).
            using (var file = File.Create(temporary))
            using (var hashing = new CryptoStream(file, sha, CryptoStreamMode.Write, leaveOpen: true))
            {
                content.CopyTo(hashing);
            }
            var hash = Convert.ToHexStringLower(sha.Hash!);
            if (File.Exists(ObjectPath(hash)))
            {
                return hash;
            }
            File.Move(temporary, ObjectPath(hash));
            if (!OperatingSystem.IsWindows())
            {
                // Release folders name this very file (a hard link): whoever writes into the live folder must not change history.
                File.SetUnixFileMode(ObjectPath(hash), UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            }
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
        new ContentReleases(this).Prune(List().Select(v => v.Name));
        SweepObjects();
    }

    /// <summary>
    /// Deletes the content no kept version names: what the oldest versions alone named, and what a refused or
    /// stopped publish kept (a 1 GB file nothing names must not stay on the disk after it was refused).
    /// </summary>
    internal void SweepObjects()
    {
        if (!Directory.Exists(Objects))
        {
            return;
        }
        var named = List().SelectMany(v => v.Files.Values).ToHashSet(StringComparer.Ordinal);
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
