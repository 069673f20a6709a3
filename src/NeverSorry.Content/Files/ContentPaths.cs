namespace NeverSorry.Content.Files;

/// <summary>
/// The files of a content folder, the one list publish carries and the checks look at: every regular file below
/// it, by path relative to it with forward slashes. Names that start with a dot (.git, editors' temporary files)
/// and symbolic links are not content and are left where they are.
/// </summary>
public static class ContentPaths
{
    /// <summary>None when the folder does not exist.</summary>
    public static IEnumerable<string> Below(string root) =>
        Directory.Exists(root) ? Collect(new DirectoryInfo(root), root) : [];

    private static IEnumerable<string> Collect(DirectoryInfo directory, string root)
    {
        foreach (var entry in directory.EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.') || entry.LinkTarget is not null)
            {
                continue;
            }
            if (entry is DirectoryInfo child)
            {
                foreach (var path in Collect(child, root))
                {
                    yield return path;
                }
            }
            else if (entry is FileInfo file)
            {
                yield return Path.GetRelativePath(root, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            }
        }
    }
}
