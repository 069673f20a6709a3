namespace NeverSorry.Content.Pictures;

/// <summary>What a picture staff supply must be; the staff guide (content/README.md) states the same numbers.</summary>
public static class PictureLimits
{
    /// <summary>The folder of content/ that holds the pictures; film.json names files inside it.</summary>
    public const string Folder = "images";

    /// <summary>A share card is 1200 px wide and the home page shows a still up to 1920 px: narrower looks soft.</summary>
    public const int MinWidth = 1200;

    /// <summary>A 24-megapixel camera gives 6000 × 4000; a medium-format scan may reach 100 MP. More is refused unread.</summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>No side longer than this, whatever the area (a 100,000 × 10 strip is not a still).</summary>
    public const int MaxSide = 20_000;

    /// <summary>A press still is rarely over 30 MB; anything over this is not read at all.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>
    /// What a picture libvips cannot stream (<see cref="HeldWhole"/>: an interlaced PNG, a progressive JPEG, a lossless
    /// WebP) may hold in memory to be decoded: about 22 to 44 megapixels, by kind. With it, any picture the validator
    /// accepts keeps the site's peak under 600 MB and validate's under 300 MB (bench/picture-memory.sh, docs/performance.md).
    /// </summary>
    public const long MaxHeldBytes = 128L * 1024 * 1024;
}
