using NeverSorry.Content.Files;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// Each version that goes live is a complete folder, <c>&lt;live&gt;.history/releases/&lt;name&gt;/</c>, of hard links
/// to the history's objects (a copy where the disk cannot link), and the live path is a symbolic link to it,
/// replaced in one rename(2). The site reads the folder the link names when its load starts, so it sees one
/// version whole, never a mix; a publish killed at any point leaves the link on the old or the new folder, and
/// <see cref="CleanUp"/> settles the rest. The first publish onto a plain folder swaps it for the link in one
/// step (renameat2 RENAME_EXCHANGE), its files kept in the history first as the version found there.
/// </summary>
public sealed class ContentReleases(ContentHistory history)
{
    public const string FolderName = "releases";

    private const string Building = ".building-";
    private const string Switching = ".switch-";

    /// <summary>Names an older publish used for its markers and half-written files: never carried on.</summary>
    private static readonly string[] s_oldPublishFiles = [".publishing", ".published", ".published.tmp"];

    private string Folder => Path.Combine(history.Folder, FolderName);

    /// <summary>The name of the release the live path links to now, or null while it is a plain folder.</summary>
    public string? Live()
    {
        if (new FileInfo(history.LiveFolder).LinkTarget is not { } target)
        {
            return null;
        }
        var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(history.LiveFolder)!, target));
        return Path.GetDirectoryName(resolved) == Folder ? Path.GetFileName(resolved) : null;
    }

    /// <summary>
    /// A new folder holding <paramref name="files"/> from the objects, and the dot files of the live folder now
    /// (.git, an editor's own, which are not content but were left alone by every publish); not yet live.
    /// </summary>
    public string Build(IReadOnlyDictionary<string, string> files)
    {
        var folder = Path.Combine(Folder, $"{Building}{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        foreach (var (relative, hash) in files)
        {
            var target = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Link(history.ObjectPath(hash), target);
        }
        if (UnixFiles.RealPath(history.LiveFolder) is { } live)
        {
            CarryDotFiles(live, folder);
        }
        return folder;
    }

    /// <summary>Makes a built folder the release <paramref name="name"/> and links the live path to it, in one step each.</summary>
    public void Switch(string built, string name)
    {
        var release = history.ReleasePath(name);
        UnixFiles.Rename(built, release);
        var link = Path.Combine(history.Folder, $"{Switching}{Guid.NewGuid():N}");
        // Relative, so the live folder and its history can move together.
        File.CreateSymbolicLink(link, Path.GetRelativePath(Path.GetDirectoryName(history.LiveFolder)!, release));
        if (new FileInfo(history.LiveFolder).LinkTarget is not null)
        {
            UnixFiles.Rename(link, history.LiveFolder);
            return;
        }
        if (!UnixFiles.TryExchange(link, history.LiveFolder))
        {
            // No RENAME_EXCHANGE on this file system: for a moment there is no live folder, never a mixed one.
            var plain = Path.Combine(history.Folder, $"{Switching}{Guid.NewGuid():N}");
            UnixFiles.Rename(history.LiveFolder, plain);
            UnixFiles.Rename(link, history.LiveFolder);
            link = plain;
        }
        // The plain folder the live path was: its files are kept in the history already.
        Directory.Delete(link, recursive: true);
    }

    /// <summary>Throws away a folder that did not go live.</summary>
    public static void Discard(string built)
    {
        if (Directory.Exists(built))
        {
            Directory.Delete(built, recursive: true);
        }
    }

    /// <summary>
    /// What a publish stopped half-way (killed, a full disk) left: staging and unfinished folders, temporary
    /// links, and the record of a version that was about to go live. That record is kept when its release did
    /// go live, dropped when it did not. Run holding <see cref="PublishLock"/>; says what it recorded.
    /// </summary>
    public IReadOnlyList<string> CleanUp()
    {
        if (!Directory.Exists(history.Folder))
        {
            return [];
        }
        var left = Entries(history.Folder, ".staging-*").Concat(Entries(history.Folder, Switching + "*"))
            .Concat(Entries(Folder, Building + "*")).Concat(Entries(Path.Combine(history.Folder, "objects"), ".incoming-*"))
            .Concat(Entries(Path.Combine(history.Folder, "versions"), "*.tmp"));
        foreach (var entry in left.ToList())
        {
            Delete(entry);
        }
        var said = new List<string>();
        var live = Live();
        foreach (var name in history.Pending().ToList())
        {
            if (name == live)
            {
                history.Commit(name);
                said.Add($"The version {name} went live, but its publish was stopped before it finished; it is now recorded in the history.");
            }
            else
            {
                history.Drop(name);
            }
        }
        Prune(history.List().Select(v => v.Name));
        history.SweepObjects();
        return said;
    }

    /// <summary>Deletes the release folders no kept version names, never the live one nor one being built.</summary>
    internal void Prune(IEnumerable<string> kept)
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }
        var keep = kept.Append(Live()).ToHashSet(StringComparer.Ordinal);
        foreach (var release in new DirectoryInfo(Folder).EnumerateDirectories().Where(d => !d.Name.StartsWith('.') && !keep.Contains(d.Name)).ToList())
        {
            Delete(release);
        }
    }

    private static IEnumerable<FileSystemInfo> Entries(string folder, string pattern) =>
        Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFileSystemInfos(pattern) : [];

    private static void Delete(FileSystemInfo entry)
    {
        if (entry is DirectoryInfo folder && entry.LinkTarget is null)
        {
            folder.Delete(recursive: true);
        }
        else
        {
            entry.Delete();
        }
    }

    private static void Link(string existing, string name)
    {
        if (!UnixFiles.TryHardLink(existing, name))
        {
            File.Copy(existing, name);
        }
    }

    /// <summary>Every name starting with a dot below <paramref name="from"/>, into the same place below <paramref name="to"/>.</summary>
    private static void CarryDotFiles(string from, string to)
    {
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            var target = Path.Combine(to, entry.Name);
            if (entry.LinkTarget is not null || s_oldPublishFiles.Contains(entry.Name) || entry.Name.EndsWith(".publishing", StringComparison.Ordinal))
            {
                continue;
            }
            if (entry.Name.StartsWith('.'))
            {
                CopyLinked(entry, target);
            }
            else if (entry is DirectoryInfo && Directory.Exists(target))
            {
                CarryDotFiles(entry.FullName, target);
            }
        }
    }

    private static void CopyLinked(FileSystemInfo entry, string target)
    {
        if (entry.LinkTarget is { } link)
        {
            File.CreateSymbolicLink(target, link);
        }
        else if (entry is DirectoryInfo folder)
        {
            Directory.CreateDirectory(target);
            foreach (var inner in folder.EnumerateFileSystemInfos())
            {
                CopyLinked(inner, Path.Combine(target, inner.Name));
            }
        }
        else if (!File.Exists(target))
        {
            Link(entry.FullName, target);
        }
    }
}
