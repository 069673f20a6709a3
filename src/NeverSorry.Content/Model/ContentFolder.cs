using NeverSorry.Content.Files;

namespace NeverSorry.Content.Model;

/// <summary>A content folder on disk, and how its files are named in messages to staff.</summary>
/// <param name="shownAs">
/// The folder staff know, where that is not the one read: a publish checks its own copy of a working copy's
/// files, and names them by the working copy.
/// </param>
public sealed class ContentFolder(string path, string? shownAs = null)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string PathOf(string fileName) => System.IO.Path.Combine(Path, fileName);

    /// <summary>The file as staff see it in the repository, e.g. <c>content/film.json</c>, any control character escaped.</summary>
    public string DisplayName(string fileName) =>
        FileNames.Shown($"{System.IO.Path.GetFileName((shownAs ?? Path).TrimEnd(System.IO.Path.DirectorySeparatorChar))}/{fileName}");

    /// <summary>
    /// The same folder at its real path, resolved once, named as before: a load reads every file below one version
    /// even when the live link is switched to the next meanwhile.
    /// </summary>
    public ContentFolder Resolved() =>
        UnixFiles.RealPath(Path) is { } real && real != Path ? new ContentFolder(real, shownAs ?? Path) : this;
}
