using NeverSorry.Web.Site;
using PdfSharp.Fonts;

namespace NeverSorry.Web.PressNotes;

/// <summary>
/// The fonts the press notes are set in: the DejaVu Sans files the share cards use (<see cref="SiteFonts"/>),
/// so the PDF looks the same on any machine and needs no system font. PDFsharp embeds the glyphs used.
/// </summary>
internal sealed class DejaVuFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Book = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock s_installing = new();

    /// <summary>
    /// Makes these the fonts PDFsharp resolves. Its resolver is process-wide and may be set only once, before any
    /// text is measured: every writer calls this first, and only the first call sets it.
    /// </summary>
    public static void Install()
    {
        lock (s_installing)
        {
            if (GlobalFontSettings.FontResolver is not DejaVuFonts)
            {
                GlobalFontSettings.FontResolver = new DejaVuFonts();
            }
        }
    }

    /// <summary>Every family asked for is DejaVu Sans; an italic is the upright face slanted (the site ships no italic).</summary>
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Book, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => File.ReadAllBytes(faceName == Bold ? SiteFonts.Bold : SiteFonts.Book);
}
