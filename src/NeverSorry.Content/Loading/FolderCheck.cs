using NeverSorry.Content.Files;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;

namespace NeverSorry.Content.Loading;

/// <summary>
/// What a content folder holds beside what the site reads, since a publish carries every file: names with
/// control characters, which could hide or fake lines where commands print them, and files nothing names
/// over the size a picture may have, which would cost their size in the live folder and the history.
/// </summary>
internal static class FolderCheck
{
    public static void Check(ContentFolder folder, Film? film, List<ContentProblem> problems)
    {
        string?[] named = [.. ContentFiles.All, .. ContentFiles.Optional, .. ContentLoader.BiographyFiles(folder), film?.Poster?.File, film?.Still?.File, .. film?.Stills.Select(s => s.File) ?? []];
        foreach (var file in ContentPaths.Below(folder.Path))
        {
            if (FileNames.IsUnsafe(file))
            {
                problems.Add(new ContentProblem(folder.DisplayName(file), 1, 1,
                    "this name holds a control character (shown here as \\u followed by its code), which could hide or fake lines where the site's commands print names. Rename the file with letters, digits, '-', '_' and '.' only."));
            }
            else if (!named.Contains(file) && TooLarge(folder.PathOf(file)) is { } size)
            {
                problems.Add(new ContentProblem(folder.DisplayName(file), 1, 1,
                    $"nothing names this file, yet a publish would copy it to the live site; it is {size}, and a file nothing names may have at most {PictureLimits.MaxFileBytes / 1048576} MB. Take it out of the folder."));
            }
        }
    }

    /// <summary>The file's size in words when it is over <see cref="PictureLimits.MaxFileBytes"/>, rounded up so it never reads as the limit itself.</summary>
    private static string? TooLarge(string path)
    {
        var length = new FileInfo(path).Length;
        return length > PictureLimits.MaxFileBytes ? $"{Math.Ceiling(length / 1048576.0 * 10) / 10:0.0} MB" : null;
    }

    public static bool IsOverLimit(ContentFolder folder, string file) => new FileInfo(folder.PathOf(file)).Length > PictureLimits.MaxFileBytes;
}
