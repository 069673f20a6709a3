namespace NeverSorry.Tests.Infrastructure;

/// <summary>Where the repository's own files are, found from the test binaries so no path is hard-coded.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder holding NeverSorry.sln.</summary>
    public static string Root => s_root.Value;

    /// <summary>The real content folder the site serves.</summary>
    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NeverSorry.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No NeverSorry.sln above {AppContext.BaseDirectory}.");
    }
}
