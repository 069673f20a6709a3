using System.Security.Cryptography;

namespace NeverSorry.Web.Publishing;

/// <summary>
/// The files a publish carries: every regular file below a content folder, by path relative to it with
/// forward slashes. Names that start with a dot (the publish markers, .git, editors' temporary files) and
/// symbolic links are not content and are left where they are.
/// </summary>
internal sealed class ContentFileSet
{
    private ContentFileSet(string root, IReadOnlyDictionary<string, string> hashes) => (Root, Hashes) = (root, hashes);

    public string Root { get; }

    /// <summary>Each file's SHA-256, by relative path.</summary>
    public IReadOnlyDictionary<string, string> Hashes { get; }

    public static ContentFileSet Of(string root)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            Collect(new DirectoryInfo(root), root, hashes);
        }
        return new ContentFileSet(root, hashes);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static void Collect(DirectoryInfo directory, string root, IDictionary<string, string> hashes)
    {
        foreach (var entry in directory.EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.') || entry.LinkTarget is not null)
            {
                continue;
            }
            if (entry is DirectoryInfo child)
            {
                Collect(child, root, hashes);
            }
            else if (entry is FileInfo file)
            {
                hashes[Path.GetRelativePath(root, file.FullName).Replace(Path.DirectorySeparatorChar, '/')] = Convert.ToHexString(SHA256.HashData(ReadAll(file)));
            }
        }
    }

    /// <summary>
    /// The file's bytes. A pipe or a device reports a size of 0 and is never opened (reading a pipe would wait
    /// for a writer forever): it counts as empty, which the content check then refuses where it matters.
    /// </summary>
    public static byte[] ReadAll(FileInfo file) => file.Length == 0 ? [] : File.ReadAllBytes(file.FullName);
}
