using System.Text;

namespace NeverSorry.Web.Images.Metadata;

/// <summary>Text as the metadata formats take it: UTF-8, no characters XML forbids, cut to a field's size in bytes.</summary>
internal static class Utf8Text
{
    private const string Ellipsis = "…";

    /// <summary>
    /// The text without surrounding space and without what XML 1.0 cannot hold (control characters, a lone
    /// surrogate), or null when nothing is left: a field staff left empty is not written.
    /// </summary>
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && (c >= ' ' || c is '\t' or '\n' or '\r') && c is not '\uFFFE' and not '\uFFFF')
            {
                kept.Append(c);
            }
        }
        var cleaned = kept.ToString().Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>
    /// The text's UTF-8 in at most <paramref name="maxBytes"/> bytes: whole when it fits, else cut after a whole
    /// character and ended with "…", so a reader sees it was cut (never half a character, which readers show as junk).
    /// </summary>
    public static byte[] Fit(string text, int maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 4);
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length <= maxBytes)
        {
            return bytes;
        }
        var end = maxBytes - Encoding.UTF8.GetByteCount(Ellipsis);
        // A UTF-8 continuation byte is 10xxxxxx: step back to the first byte of the character cut in two.
        while (end > 0 && (bytes[end] & 0xC0) == 0x80)
        {
            end--;
        }
        return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes, 0, end).TrimEnd() + Ellipsis);
    }

    /// <summary>The text in at most <paramref name="maxBytes"/> bytes of UTF-8, as <see cref="Fit"/> cuts it.</summary>
    public static string FitText(string text, int maxBytes) => Encoding.UTF8.GetString(Fit(text, maxBytes));
}
