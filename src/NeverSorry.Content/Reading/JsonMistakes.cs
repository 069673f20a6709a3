using System.Text;
using NeverSorry.Content.Model;

namespace NeverSorry.Content.Reading;

/// <summary>
/// Mistakes staff make that the JSON parser reports in its own terms, far from their cause: a file saved as
/// UTF-16, and curly quotes pasted from a word processor. Each is recognised here and worded for staff.
/// </summary>
public static class JsonMistakes
{
    private const string CurlyQuotes = "\u201C\u201D\u201E\u2018\u2019";

    /// <summary>
    /// Why the file cannot be UTF-8, when its bytes say UTF-16: a byte order mark, or (without one) a zero byte
    /// beside each of the first characters, which UTF-8 JSON never starts with.
    /// </summary>
    public static string? Utf16(ReadOnlySpan<byte> bytes)
    {
        var withMark = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        var withoutMark = bytes.Length >= 2 && (bytes[0] == 0) != (bytes[1] == 0);
        return withMark || withoutMark
            ? "the file is saved as UTF-16 (some editors call it \"Unicode\"), and the site reads JSON files only as UTF-8. Save it again choosing the encoding UTF-8 (in Notepad: File, Save As, Encoding: UTF-8)."
            : null;
    }

    /// <summary>
    /// The first curly quote that stands where JSON needs a straight one: outside any text in straight quotes
    /// and outside comments. Curly quotes inside a text value are fine and are skipped.
    /// </summary>
    public static ContentProblem? CurlyQuote(byte[] utf8, string displayName)
    {
        var text = Encoding.UTF8.GetString(utf8);
        var (line, column, inString, escaped) = (1, 0, false, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            column++;
            if (c == '\n')
            {
                (line, column) = (line + 1, 0);
                escaped = false;
            }
            else if (inString)
            {
                (inString, escaped) = (escaped || c != '"', !escaped && c == '\\');
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*')
            {
                var skipped = Comment(text, i);
                line += skipped.Count('\n');
                column = skipped.Contains('\n') ? skipped.Length - skipped.LastIndexOf('\n') - 1 : column + skipped.Length - 1;
                i += skipped.Length - 1;
            }
            else if (CurlyQuotes.Contains(c))
            {
                return new ContentProblem(displayName, line, column,
                    $"{c} is a curly quote, as a word processor writes it, not the straight quote \" that JSON needs around names and text. Replace each curly quote around a name or value with \" (type it in a plain-text editor, or turn off \"smart quotes\"). Curly quotes inside a text value are fine.");
            }
        }
        return null;
    }

    /// <summary>The comment starting at <paramref name="start"/>: a line comment without its line break, or a block comment with its "*/".</summary>
    private static ReadOnlySpan<char> Comment(string text, int start)
    {
        var end = text[start + 1] == '/' ? text.IndexOf('\n', start) : text.IndexOf("*/", start + 2, StringComparison.Ordinal);
        var length = end < 0 ? text.Length - start : text[start + 1] == '/' ? end - start : end + 2 - start;
        return text.AsSpan(start, length);
    }
}
