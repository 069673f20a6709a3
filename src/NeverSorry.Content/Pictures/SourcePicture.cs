using NeverSorry.Content.Model;

namespace NeverSorry.Content.Pictures;

/// <summary>A picture staff supplied (the poster or a still), checked, with what the pages say about it.</summary>
/// <param name="Slug">A name for its files, from its own file name, e.g. <c>still-1</c>.</param>
/// <param name="Label">What it is, for press: "Poster" or "Production still".</param>
/// <param name="File">As film.json names it, e.g. <c>images/still-1.jpg</c>.</param>
/// <param name="FullPath">The file on disk, inside the content folder.</param>
/// <param name="Sha256">The hash of its bytes, lower-case hex: every file made from it is named by it.</param>
public sealed record SourcePicture(
    string Slug,
    string Label,
    string File,
    string FullPath,
    ImageFormat Format,
    int Width,
    int Height,
    long Length,
    string Sha256,
    string Alt,
    string? Caption,
    string? Credit,
    string? Usage)
{
    /// <summary>The rights holder's copyright notice, when staff have it.</summary>
    public string? Copyright { get; init; }

    /// <summary>Where its subject is (film.json's <c>focus</c>), else the middle.</summary>
    public Focus Focus { get; init; } = Focus.Middle;

    public bool IsPoster => Label == PosterLabel;

    public const string PosterLabel = "Poster";

    public const string StillLabel = "Production still";
}
