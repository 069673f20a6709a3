namespace NeverSorry.Web.Images;

/// <summary>The sizes and encoder settings of every file made from a picture. Part of each file's name: change one and the files are made anew.</summary>
internal static class PictureSettings
{
    /// <summary>
    /// Steps of about a third, so a slot at 1× to 3× never downloads much more than it shows: a phone's column
    /// (320–430 px at 2–3×), the press gallery's 28 rem column (448 px at 1–3×) and the full-bleed hero (to 1920).
    /// </summary>
    public static readonly int[] Widths = [640, 960, 1280, 1600, 1920];

    public const int JpegQuality = 82;
    public const int WebpQuality = 78;
    public const int AvifQuality = 52;
    public const int AvifEffort = 1;

    public const int CardWidth = 1200;
    public const int CardHeight = 630;

    /// <summary>Bump when the drawing of cards or the encoding changes, so every cached file is made again.</summary>
    public const string Version = "3";

    public static string Describe(PictureKind kind) => kind switch
    {
        PictureKind.Jpeg => $"jpeg q{JpegQuality} progressive strip",
        PictureKind.WebP => $"webp q{WebpQuality} strip",
        PictureKind.Avif => $"avif q{AvifQuality} e{AvifEffort} strip",
        _ => kind.ToString(),
    } + $" v{Version} vips{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}";

    /// <summary>The widths made of a picture: the standard ones it is wider than, and its own width when that is less than the largest.</summary>
    public static IReadOnlyList<int> WidthsFor(int sourceWidth)
    {
        var widths = Widths.Where(w => w < sourceWidth).ToList();
        if (sourceWidth <= Widths[^1] && !widths.Contains(sourceWidth))
        {
            widths.Add(sourceWidth);
        }
        return widths.Count == 0 ? [Widths[^1]] : widths;
    }
}

/// <summary>What a planned file is.</summary>
public enum PictureKind
{
    Original,
    Jpeg,
    WebP,
    Avif,
    Card,
    StillCard,
    Zip,
    PressNotes,
}
