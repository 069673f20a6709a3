using System.Globalization;
using NeverSorry.Content.Pictures;

namespace NeverSorry.Web.Images;

/// <summary>
/// One picture as a page shows it: the <c>srcset</c> of each format made so far, the fallback JPEG, and the
/// intrinsic size for <c>width</c>/<c>height</c> (so the browser keeps its place before it loads).
/// </summary>
/// <param name="IsLead">The page's first picture, its largest contentful paint: fetched first, never lazily.</param>
/// <param name="Sizes">How wide the layout shows it, for the browser's choice of size.</param>
public sealed record PictureView(PictureSet Set, SourcePicture Source, bool IsLead, string Sizes)
{
    /// <summary>
    /// The first screen's picture (css/site.css, "First screen"). A still is full-bleed up to the band's 120 rem; on a
    /// phone its box is 3:2, so a wider still is drawn wider than the screen, cropped. A poster stands beside the
    /// title from 48 rem, at most 22 rem wide, and below it on a phone, at most 20 rem wide.
    /// </summary>
    public static string LeadSizes(SourcePicture source) => source.IsPoster
        ? "(min-width: 48rem) 22rem, min(calc(100vw - 2rem), 20rem)"
        : $"(min-width: 120rem) 120rem, (min-width: 40rem) 100vw, {PhoneWidth(source)}";

    /// <summary>How wide a still covering a 3:2 box on a phone is drawn, in vw: the box, or more for a wider picture.</summary>
    private static string PhoneWidth(SourcePicture source)
    {
        var drawn = Math.Max(1.0, (double)source.Width / source.Height / 1.5);
        return string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(drawn * 100)}vw");
    }

    /// <summary>The home page's first picture: the lead still, else the poster; null without either.</summary>
    public static PictureView? LeadOf(PictureSet set) =>
        set.Lead is { } lead ? new PictureView(set, lead, IsLead: true, LeadSizes(lead)) : null;

    /// <summary>
    /// The press gallery (site.css, .wrap and .gallery): one column of 100vw less 2 × 1 rem padding; from 40 rem two,
    /// each half of that less half the gap (0.6rem + 2vw), so 49vw − 1.3rem; from 60 rem half of 58 rem less 1 rem.
    /// </summary>
    public const string GallerySizes = "(min-width: 60rem) 28rem, (min-width: 40rem) calc(49vw - 1.3rem), calc(100vw - 2rem)";

    // Worked out once: a view reads them several times (srcset, fallback, largest).
    public IReadOnlyList<PlannedFile> Avif { get; } = Set.Sizes(Source, PictureKind.Avif);

    public IReadOnlyList<PlannedFile> WebP { get; } = Set.Sizes(Source, PictureKind.WebP);

    public IReadOnlyList<PlannedFile> Jpeg { get; } = Set.Sizes(Source, PictureKind.Jpeg);

    /// <summary>Nothing can be shown until the JPEG sizes, which every browser reads, are made.</summary>
    public bool CanShow => Jpeg.Count > 0;

    /// <summary>The JPEG a browser without srcset gets: the middle size.</summary>
    public PlannedFile Fallback => Jpeg[Jpeg.Count / 2];

    public PlannedFile Largest => Jpeg[^1];

    public static string SrcSet(IEnumerable<PlannedFile> sizes) =>
        string.Join(", ", sizes.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Url} {f.Width}w")));

    /// <summary>"6000 × 4000 px, JPEG, 7.1 MB": what press need to know before they download.</summary>
    public static string Describe(SourcePicture source) => string.Create(CultureInfo.InvariantCulture,
        $"{source.Width:N0} × {source.Height:N0} px, {ImageFormats.Name(source.Format)}, {Megabytes(source.Length)}");

    public static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB");
}
