using System.Globalization;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;

namespace NeverSorry.Content.Checking;

/// <summary>The rule every short text field shares: written when present, on one line, of a plausible length.</summary>
internal static class TextChecks
{
    /// <summary>An address a visitor's browser opens safely: complete, and encrypted.</summary>
    public static bool IsHttps(Uri url) => url.IsAbsoluteUri && url.Scheme == "https";

    /// <summary>A line break, or a character nobody sees (a tab, a bell, a line separator pasted from a web page).</summary>
    public static bool IsNotOneLine(string text) => text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029');

    /// <summary>A value inside a message, on one line whatever was pasted into it: line breaks and invisible characters as spaces.</summary>
    public static string Shown(string text) =>
        new([.. text.ReplaceLineEndings(" ").Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c)]);

    /// <summary>An optional field: present means written, on one line, at most <paramref name="maxChars"/> long.</summary>
    public static void OneLine<T>(JsonFile<T> file, string path, string? value, int maxChars, string example, ICollection<ContentProblem> problems)
    {
        if (value is null)
        {
            return;
        }
        var field = JsonContentReader.FieldName(path);
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(file.Problem(path, $"'{field}' is empty; write the text between the quotes, or remove the field."));
        }
        else if (value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal))
        {
            problems.Add(file.Problem(path, $"'{field}' has a line break in it; write it on one line, {example}."));
        }
        else if (IsNotOneLine(value))
        {
            problems.Add(file.Problem(path, $"'{field}' holds an invisible character (a tab, or one pasted with the text), which the page would not show; type it again, {example}."));
        }
        else if (value.Length > maxChars)
        {
            problems.Add(file.Problem(path, string.Create(CultureInfo.InvariantCulture,
                $"'{field}' is {value.Length} characters long, more than the {maxChars} it may have; write it shorter, {example}.")));
        }
    }
}
