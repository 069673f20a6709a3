using System.Globalization;
using System.Text;
using NeverSorry.Content.Model;

namespace NeverSorry.Web.Laurels;

/// <summary>
/// A whole laurel (wreath and lines) as SVG: inline in a page, where it is drawn in the text's colour and set in the
/// page's fonts (the text inherits them; classes let the stylesheet choose), or as a file for the press, which
/// names a common font stack since the site's fonts do not travel with it.
/// </summary>
public static class LaurelSvg
{
    /// <summary>The fonts of a downloaded laurel: serif faces most machines have.</summary>
    private const string FileFonts = "Charter, 'Bitstream Charter', Georgia, 'Times New Roman', serif";

    /// <summary>What a screen reader says for the laurel, e.g. "Official Selection, Sundance Film Festival 2012".</summary>
    public static string Label(Festival festival)
    {
        var lines = LaurelArt.Lines(festival);
        return $"{lines[0]}, {lines[1]} {lines[2]}";
    }

    /// <summary>For a page: no ids (a page holds many laurels), <c>currentColor</c>, fonts from the page.</summary>
    public static string Inline(Festival festival)
    {
        var (lines, height) = LaurelLayout.Set(LaurelArt.Lines(festival));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"""<svg class="laurel" role="img" aria-label="{SvgText.Escape(Label(festival))}" width="{LaurelLayout.Width}" height="{height}" viewBox="0 0 {LaurelLayout.Width} {height}">""");
        Draw(svg, lines, height, "currentColor");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A standalone SVG file, black on transparent, with its label as its title.</summary>
    public static string File(Festival festival)
    {
        var (lines, height) = LaurelLayout.Set(LaurelArt.Lines(festival));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{LaurelLayout.Width}" height="{height}" viewBox="0 0 {LaurelLayout.Width} {height}" font-family="{FileFonts}">""");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{SvgText.Escape(Label(festival))}</title>");
        Draw(svg, lines, height, "#000");
        return svg.Append("</svg>\n").ToString();
    }

    private static void Draw(StringBuilder svg, IReadOnlyList<LaurelLine> lines, double height, string paint)
    {
        svg.Append(LaurelArt.Branches(LaurelLayout.Width, height, paint));
        svg.Append(CultureInfo.InvariantCulture, $"""<g fill="{paint}" text-anchor="middle">""");
        foreach (var line in lines)
        {
            var (className, weight, spacing) = line.Style switch
            {
                LaurelLine.Kind.Award => ("laurel__award", "600", "1.2"),
                LaurelLine.Kind.Name => ("laurel__name", "700", "0"),
                _ => ("laurel__year", "400", "1.5"),
            };
            var squeeze = line.SqueezedTo is { } width ? $""" textLength="{width.ToString(CultureInfo.InvariantCulture)}" lengthAdjust="spacingAndGlyphs" """.TrimEnd() : "";
            svg.Append(CultureInfo.InvariantCulture,
                $"""<text class="{className}" x="{LaurelLayout.Width / 2}" y="{line.Baseline}" font-size="{line.Size}" font-weight="{weight}" letter-spacing="{spacing}"{squeeze}>{SvgText.Escape(line.Text)}</text>""");
        }
        svg.Append("</g>");
    }
}
