namespace NeverSorry.Content.Model;

/// <summary>A name made for addresses and files from any text: lower-case ASCII letters and digits joined by single dashes.</summary>
public static class Slug
{
    /// <summary>E.g. "Ai Weiwei: Never Sorry" → <c>ai-weiwei-never-sorry</c>; <paramref name="whenEmpty"/> when no letter or digit is left.</summary>
    public static string Of(string text, string whenEmpty = "")
    {
        var words = new string([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? whenEmpty : string.Join('-', words);
    }
}
