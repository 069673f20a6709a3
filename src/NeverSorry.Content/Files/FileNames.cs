using System.Globalization;
using System.Text;

namespace NeverSorry.Content.Files;

/// <summary>
/// File names as staff read them in a terminal: a control character (ESC, CR, BEL…) or a bidirectional override
/// in a name could move the cursor, erase a line or reorder text, hiding or faking what a command prints. Every
/// place that prints a name prints <see cref="Shown"/>, and such names are refused in content (<see cref="IsUnsafe"/>).
/// </summary>
public static class FileNames
{
    /// <summary>The name with each unsafe character written as <c>\u001B</c>.</summary>
    public static string Shown(string name)
    {
        if (!IsUnsafe(name))
        {
            return name;
        }
        var shown = new StringBuilder(name.Length + 16);
        foreach (var c in name)
        {
            shown.Append(IsUnsafe(c) ? $"\\u{(int)c:X4}" : c.ToString(CultureInfo.InvariantCulture));
        }
        return shown.ToString();
    }

    public static bool IsUnsafe(string name) => name.Any(IsUnsafe);

    /// <summary>C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates.</summary>
    private static bool IsUnsafe(char c) => c < 0x20 || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
}
