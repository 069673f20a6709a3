namespace NeverSorry.Content.Model;

/// <summary>A content folder on disk, and how its files are named in messages to staff.</summary>
public sealed class ContentFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string PathOf(string fileName) => System.IO.Path.Combine(Path, fileName);

    /// <summary>The file as staff see it in the repository, e.g. <c>content/film.json</c>.</summary>
    public string DisplayName(string fileName) =>
        $"{System.IO.Path.GetFileName(Path.TrimEnd(System.IO.Path.DirectorySeparatorChar))}/{fileName}";
}
