using NeverSorry.Web.Content;

namespace NeverSorry.Web.Models;

/// <summary>The site's pages, in the order the navigation shows them.</summary>
public static class Navigation
{
    public static IReadOnlyList<NavItem> Items { get; } =
    [
        new("/", "The film", [ContentFiles.Film, ContentFiles.Synopsis, ContentFiles.Festivals, ContentFiles.TheatricalRun]),
        new("/theatrical-run", "Theatrical run", [ContentFiles.Film, ContentFiles.TheatricalRun]),
        new("/directors-statement", "Director's statement", [ContentFiles.Film, ContentFiles.DirectorsStatement]),
        new("/press", "Press", [ContentFiles.Film, ContentFiles.Synopsis, ContentFiles.Festivals]),
    ];
}

/// <param name="ContentFiles">The content files the page shows, so its last modification is theirs.</param>
public sealed record NavItem(string Path, string Label, IReadOnlyList<string> ContentFiles);
