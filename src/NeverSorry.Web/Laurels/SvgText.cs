using System.Text;

namespace NeverSorry.Web.Laurels;

/// <summary>Text from content made safe inside SVG, whether in an HTML page or an XML file.</summary>
internal static class SvgText
{
    /// <summary>
    /// The five XML entities escaped (safe in text and quoted attributes of both HTML and XML); control characters
    /// and lone surrogates, which XML forbids and a name could carry by mistake, become spaces.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        // Runes: a lone surrogate, also forbidden in XML, comes out as the replacement character.
        foreach (var rune in text.EnumerateRunes())
        {
            escaped.Append(rune.Value switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when Rune.IsControl(rune) || rune.Value is 0xFFFE or 0xFFFF => " ",
                _ => rune.ToString(),
            });
        }
        return escaped.ToString();
    }
}
