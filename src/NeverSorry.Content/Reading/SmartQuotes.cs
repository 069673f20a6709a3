using System.Diagnostics.CodeAnalysis;

namespace NeverSorry.Content.Reading;

/// <summary>
/// Straight quotes and apostrophes in plain text made typographic, for what pages show from staff's JSON
/// ("Director's" → "Director’s", "a "text"" → "a “text”"). Only how text is shown: the files, the checks and
/// publish's list of changes keep what staff wrote, and addresses, file names and ids never pass through here.
/// </summary>
public static class SmartQuotes
{
    public const char Apostrophe = '\u2019';

    [return: NotNullIfNotNull(nameof(text))]
    public static string? Apply(string? text)
    {
        if (text is null || text.AsSpan().IndexOfAny('\'', '"') < 0)
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var opens = i == 0 || OpensAfter(chars[i - 1]);
            chars[i] = chars[i] switch
            {
                // '90s is an apostrophe, not an opening quote.
                '\'' when opens && !(i + 1 < chars.Length && char.IsDigit(chars[i + 1])) => '\u2018',
                '\'' => Apostrophe,
                '"' => opens ? '\u201C' : '\u201D',
                var c => c,
            };
        }
        return new string(chars);
    }

    /// <summary>A quote after a space, a bracket, a dash or another opening quote opens; after anything else it closes.</summary>
    private static bool OpensAfter(char previous) =>
        char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '\u2018' or '\u201C' or '-' or '\u2013' or '\u2014' or '/';
}
