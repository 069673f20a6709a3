using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace NeverSorry.Tests.Integration.PressNotes;

/// <summary>
/// A PDF as a reader sees it, read back with PdfPig: its pages' words (the running text apart from the footers, so a
/// paragraph reads on across a page break), its title, its pictures' bytes and its fonts.
/// </summary>
public sealed partial record NotesPdf(IReadOnlyList<string> Pages, IReadOnlyList<string> Footers, string? Title, IReadOnlyList<byte[]> Images, IReadOnlyList<string> Fonts)
{
    /// <summary>How far up from the page's bottom edge the footer ends, in points (the running text stops 64 pt up).</summary>
    private const double FooterTop = 56;

    public static NotesPdf Read(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        var pages = document.GetPages().ToList();
        return new NotesPdf(
            [.. pages.Select(p => string.Join(" ", p.GetWords().Where(w => w.BoundingBox.Bottom > FooterTop).Select(w => w.Text)))],
            [.. pages.Select(p => string.Join(" ", p.GetWords().Where(w => w.BoundingBox.Bottom <= FooterTop).Select(w => w.Text)))],
            document.Information.Title,
            [.. pages.SelectMany(p => p.GetImages()).Select(i => i.RawMemory.ToArray())],
            [.. pages.SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct()]);
    }

    /// <summary>All the words, one space apart, page after page.</summary>
    public string Text => string.Join(" ", Pages);

    /// <summary>Whether the text reads <paramref name="words"/>, however they were broken into lines.</summary>
    public bool Says(string words) => Text.Contains(Collapse(words), StringComparison.Ordinal);

    /// <summary>Whether the letters, spaces aside, hold <paramref name="word"/>: a word too long for a line is broken inside it.</summary>
    public bool SpellsOut(string word) => Text.Replace(" ", "", StringComparison.Ordinal).Contains(word, StringComparison.Ordinal);

    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
