using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// A private copy of the real content folder in a fresh temporary directory, for a test to change a file
/// or two without touching anything another test reads. Deleted on dispose.
/// </summary>
public sealed class TempContentFolder : IDisposable
{
    private TempContentFolder(string path) => Path = path;

    /// <summary>The folder's absolute path, for <c>Content:Path</c>.</summary>
    public string Path { get; }

    /// <summary>The folder's own name, which the site uses in problem reports: "&lt;name&gt;/film.json".</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    public static TempContentFolder CopyOfReal()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"neversorry-content-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(path, System.IO.Path.GetRelativePath(RepositoryPaths.Content, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return new TempContentFolder(path);
    }

    /// <summary>Replaces a file with the given text; returns this folder so replacements can be chained.</summary>
    public TempContentFolder With(string fileName, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), text);
        return this;
    }

    public TempContentFolder Without(string fileName)
    {
        File.Delete(System.IO.Path.Combine(Path, fileName));
        return this;
    }

    /// <summary>Loads the folder as the site does.</summary>
    public ContentSnapshot Load() => new ContentLoader(TimeProvider.System).Load(new ContentFolder(Path));

    /// <summary>The one problem the folder has; fails the test when it loads, or has several.</summary>
    public ContentProblem SingleProblem() => Assert.Single(Assert.Throws<ContentException>(() => Load()).Problems);

    /// <summary>Replaces one file, then returns the one problem the folder has.</summary>
    public ContentProblem SingleProblemWith(string fileName, string text) => With(fileName, text).SingleProblem();

    /// <summary>How a problem report names one of this folder's files.</summary>
    public string DisplayNameOf(string fileName) => $"{Name}/{fileName}";

    /// <summary>Where publishes to this folder keep its versions (<c>ContentHistory</c>), beside it.</summary>
    public string HistoryPath => Path + ".history";

    public void Dispose()
    {
        foreach (var folder in new[] { Path, HistoryPath })
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
                // Already gone, or never made: nothing left to clean up.
            }
        }
    }
}
