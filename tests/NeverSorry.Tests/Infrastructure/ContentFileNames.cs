using NeverSorry.Content.Model;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// The content file names the site declares (<see cref="ContentFiles.All"/>), for the guards on the staff
/// guide and the schemas; <c>ContentFilesAll</c> checks that list names every declared file.
/// </summary>
public static class ContentFileNames
{
    public static IReadOnlyList<string> All => ContentFiles.All;

    public static IReadOnlyList<string> Json { get; } =
        All.Where(name => name.EndsWith(".json", StringComparison.Ordinal)).ToList();
}
