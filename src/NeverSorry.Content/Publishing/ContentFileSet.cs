using NeverSorry.Content.Files;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// The files a publish carries: every regular file below a content folder, by path relative to it with
/// forward slashes. Names that start with a dot (the publish markers, .git, editors' temporary files) and
/// symbolic links are not content and are left where they are.
/// </summary>
public sealed class ContentFileSet
{
    private ContentFileSet(string root, IReadOnlyDictionary<string, string> hashes) => (Root, Hashes) = (root, hashes);

    public string Root { get; }

    /// <summary>Each file's SHA-256, by relative path.</summary>
    public IReadOnlyDictionary<string, string> Hashes { get; }

    public static ContentFileSet Of(string root)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var relative in Paths(root))
        {
            using var content = OpenRead(Path.Combine(root, relative));
            hashes[relative] = ContentHash.Of(content);
        }
        return new ContentFileSet(root, hashes);
    }

    /// <summary>A folder whose files' hashes are known already: they were just written from <see cref="ContentHistory"/>.</summary>
    public static ContentFileSet Of(string root, IReadOnlyDictionary<string, string> hashes) => new(root, hashes);

    /// <summary>Whether two sets name the same files with the same content.</summary>
    public static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(f => b.GetValueOrDefault(f.Key) == f.Value);

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The relative path of every file the set carries, with forward slashes; none when the folder does not exist.</summary>
    public static IEnumerable<string> Paths(string root) => ContentPaths.Below(root);

    /// <summary>
    /// The file's content, opened through <see cref="SafeFile"/> as the content loader opens files: what it refuses
    /// (a pipe, a link out of the folder) reads as empty, which the content check then refuses where it matters.
    /// </summary>
    public static Stream OpenRead(string path) => SafeFile.Open(Path.GetDirectoryName(path)!, Path.GetFileName(path), out _) ?? Stream.Null;

    /// <summary>Copies a file through <see cref="OpenRead"/>, streamed: a 64 MB picture is never held whole.</summary>
    public static void Copy(string from, string to)
    {
        using var source = OpenRead(from);
        using var target = File.Create(to);
        source.CopyTo(target);
    }
}
