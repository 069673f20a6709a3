using System.Globalization;
using System.Text;

namespace NeverSorry.Web.PressNotes;

/// <summary>Breaks text into lines no wider than a column, between words, and inside a word that alone is wider (an address, a long name).</summary>
internal static class TextWrap
{
    public static List<string> Lines(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (measure(candidate) <= width)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0)
            {
                lines.Add(line);
            }
            line = word;
            while (measure(line) > width && Split(line, width, measure) is var (head, tail))
            {
                lines.Add(head);
                line = tail;
            }
        }
        if (line.Length > 0)
        {
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>The most of a word that fits, whole characters (never half a surrogate pair or accent), and the rest; null when not even one fits.</summary>
    private static (string Head, string Tail)? Split(string word, double width, Func<string, double> measure)
    {
        var head = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (head.Length > 0 && measure(head + element) > width)
            {
                return (head.ToString(), word[head.Length..]);
            }
            head.Append(element);
        }
        return null;
    }
}
