using System.Globalization;
using NeverSorry.Content.Model;

namespace NeverSorry.Web.Laurels;

/// <summary>
/// A festival laurel as the site draws it: a wreath of two leafy branches and, inside it, the selection or the
/// prize, the festival's name and the year. The wreath is paths only, so libvips can draw it on a machine
/// without fonts (the share cards set the lines in their own font).
/// </summary>
public static class LaurelArt
{
    /// <summary>The size of <see cref="Wreath"/>: the lines fit in about the middle 60% of its width and height.</summary>
    public const int Width = 240, Height = 150;

    public const string OfficialSelection = "Official Selection";

    /// <summary>A complete SVG document of the wreath alone, <see cref="Width"/> × <see cref="Height"/>, filled with <paramref name="colour"/> (any SVG colour).</summary>
    public static string Wreath(string colour)
    {
        var paint = SvgText.Escape(colour);
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}">{Branches(Width, Height, paint)}</svg>
            """;
    }

    /// <summary>What a laurel says, in order: the prize or "Official Selection", the festival's name, the year.</summary>
    public static IReadOnlyList<string> Lines(Festival festival) =>
        [
            string.IsNullOrWhiteSpace(festival.Award) ? OfficialSelection : festival.Award.Trim(),
            festival.Name.Trim(),
            festival.Year.ToString(CultureInfo.InvariantCulture),
        ];

    /// <summary>The wreath's two SVG elements for a drawing <paramref name="width"/> × <paramref name="height"/>; <paramref name="paint"/> is already escaped.</summary>
    internal static string Branches(double width, double height, string paint)
    {
        var (leaves, stems) = WreathGeometry.Paths(width, height);
        return $"""<path fill="{paint}" d="{leaves}"/><path fill="none" stroke="{paint}" stroke-width="1.6" stroke-linecap="round" d="{stems}"/>""";
    }
}
