namespace NeverSorry.Web.Images;

/// <summary>The sizes and encoder settings of every file made from a picture. Part of each file's name: change one and the files are made anew.</summary>
internal static class PictureSettings
{
    /// <summary>Phones (one column, 2× screens), the home page's column (60 rem, 2×) and the press gallery's half column.</summary>
    public static readonly int[] Widths = [640, 1280, 1920];

    public const int JpegQuality = 82;
    public const int WebpQuality = 78;
    public const int AvifQuality = 52;
    public const int AvifEffort = 1;

    public const int CardWidth = 1200;
    public const int CardHeight = 630;

    /// <summary>Bump when the drawing of cards or the encoding changes, so every cached file is made again.</summary>
    public const string Version = "2";

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
}
