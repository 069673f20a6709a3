namespace NeverSorry.Web.Models;

/// <summary>The site's main navigation, in the order it is shown.</summary>
public static class Navigation
{
    public static IReadOnlyList<NavItem> Items { get; } =
    [
        new("/", "The film"),
        new("/theatrical-run", "Theatrical run"),
        new("/directors-statement", "Director's statement"),
        new("/press", "Press"),
    ];
}

public sealed record NavItem(string Path, string Label);
