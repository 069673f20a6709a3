using NeverSorry.Content.Pictures;

namespace NeverSorry.Web.Images;

/// <summary>A file the site makes (or copies) into the picture cache, named by the hash of what it is made from.</summary>
/// <param name="Name">Its name in the cache and under <c>/pictures/</c>, e.g. <c>still-1-640.3f9a2c1b7d.webp</c>.</param>
/// <param name="Source">The picture it is made from; null for a typographic card.</param>
/// <param name="Page">For a card: the page it is for, e.g. <c>/press</c>.</param>
/// <param name="Text">For a card: what it says; its <see cref="CardText.Alt"/> is the page's <c>og:image:alt</c>.</param>
public sealed record PlannedFile(string Name, PictureKind Kind, SourcePicture? Source, int Width, int Height, string? Page = null, CardText? Text = null)
{
    /// <summary>For a card: what it shows, for <c>og:image:alt</c>; over a picture, the picture's own alt first.</summary>
    public string? Alt => Text is null ? null : Source is null ? Text.Alt : $"{Source.Alt} Over it: {Text.Alt}";

    public string Url => PictureUrls.Prefix + Name;

    public string MediaType => MediaTypeOf(Name);

    public static string MediaTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".avif" => "image/avif",
        ".webp" => "image/webp",
        ".png" => "image/png",
        ".zip" => "application/zip",
        ".pdf" => "application/pdf",
        _ => "image/jpeg",
    };
}

/// <summary>The addresses pictures are served at.</summary>
public static class PictureUrls
{
    public const string Prefix = "/pictures/";

    /// <summary>All stills in one ZIP, at an address that stays the same from one content version to the next.</summary>
    public const string StillsZip = "/pictures/stills.zip";

    /// <summary>The press notes as one PDF, at an address that stays the same from one content version to the next.</summary>
    public const string PressNotes = "/pictures/press-notes.pdf";
}
