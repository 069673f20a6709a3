namespace NeverSorry.Web.Site;

/// <summary>
/// The text faces the site draws with outside the browser (share cards, the press notes PDF): DejaVu Sans,
/// subset to Latin and shipped in Images/Fonts, so a server without fonts installed draws the same.
/// </summary>
public static class SiteFonts
{
    public static string Bold { get; } = Path.Combine(AppContext.BaseDirectory, "Images", "Fonts", "DejaVuSans-Bold-Latin.ttf");

    public static string Book { get; } = Path.Combine(AppContext.BaseDirectory, "Images", "Fonts", "DejaVuSans-Latin.ttf");
}
