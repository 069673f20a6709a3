using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// A Markdown file's changes as staff find them in the text: front matter field by field, then each paragraph
/// (a block between blank lines) changed, added, removed or moved, named by its first words as written, so
/// staff can search their copy for it. Line breaks and spacing inside a paragraph are not a change.
/// </summary>
internal static partial class ParagraphChanges
{
    private const int OpeningWords = 6;
    private const int OpeningChars = 40;

    /// <summary>Beyond this many comparisons (thousands of paragraphs each side), the middle reads as rewritten.</summary>
    private const long MostComparisons = 1_000_000;

    private static readonly MarkdownPipeline FrontMatterOnly = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    private sealed record Stretch(List<string> Removed, List<string> Added);

    public static IReadOnlyList<string> Describe(string oldText, FrontMatter oldFront, string newText, FrontMatter newFront)
    {
        List<string> lines = [
            .. JsonChanges.Fields(Node(oldFront), Node(newFront), field => $"the {field}"),
            .. Paragraphs(Blocks(oldText), Blocks(newText)),
        ];
        return lines.Count == 0 ? ["line breaks or spacing changed"] : lines;
    }

    private static JsonObject Node(FrontMatter frontMatter) => JsonSerializer.SerializeToNode(frontMatter, JsonContentReader.Options)!.AsObject();

    /// <summary>The paragraphs below the front matter, each on one line with single spaces.</summary>
    private static List<string> Blocks(string text)
    {
        var frontMatter = Markdown.Parse(text, FrontMatterOnly).OfType<YamlFrontMatterBlock>().FirstOrDefault();
        var body = frontMatter is null ? text : text[Math.Min(text.Length, frontMatter.Span.End + 1)..];
        return [.. BlankLine().Split(body.ReplaceLineEndings("\n")).Select(block => Spacing().Replace(block.Trim(), " ")).Where(block => block.Length > 0)];
    }

    private static List<string> Paragraphs(List<string> old, List<string> now)
    {
        var stretches = Stretches(old, now);
        var moved = new List<string>();
        foreach (var stretch in stretches)
        {
            foreach (var paragraph in stretch.Removed.ToList())
            {
                if (stretches.FirstOrDefault(s => s.Added.Contains(paragraph)) is { } elsewhere)
                {
                    moved.Add(paragraph);
                    stretch.Removed.Remove(paragraph);
                    elsewhere.Added.Remove(paragraph);
                }
            }
        }
        return [
            .. stretches.SelectMany(s => s.Removed.Zip(s.Added)).Select(Changed),
            .. stretches.SelectMany(s => s.Added.Skip(s.Removed.Count)).Select(p => $"added a paragraph {Opening(p)}"),
            .. stretches.SelectMany(s => s.Removed.Skip(s.Added.Count)).Select(p => $"removed the paragraph {Opening(p)}"),
            .. moved.Select(p => $"moved the paragraph {Opening(p)}"),
        ];
    }

    /// <summary>A paragraph rewritten in place is named as it began; a new beginning is shown too.</summary>
    private static string Changed((string Was, string Is) paragraph) =>
        Opening(paragraph.Was) == Opening(paragraph.Is)
            ? $"changed the paragraph {Opening(paragraph.Was)}"
            : $"changed the paragraph {Opening(paragraph.Was)} (now {Opening(paragraph.Is)})";

    /// <summary>
    /// The runs of paragraphs between those both versions keep (the longest common subsequence): within a run,
    /// the n-th removed paragraph and the n-th added one are the same paragraph changed.
    /// </summary>
    private static List<Stretch> Stretches(List<string> old, List<string> now)
    {
        var start = 0;
        while (start < old.Count && start < now.Count && old[start] == now[start])
        {
            start++;
        }
        var end = 0;
        while (end < old.Count - start && end < now.Count - start && old[^(end + 1)] == now[^(end + 1)])
        {
            end++;
        }
        var a = old[start..^end];
        var b = now[start..^end];
        if ((long)a.Count * b.Count > MostComparisons)
        {
            return [new Stretch(a, b)];
        }
        var kept = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                kept[i, j] = a[i] == b[j] ? kept[i + 1, j + 1] + 1 : Math.Max(kept[i + 1, j], kept[i, j + 1]);
            }
        }
        var stretches = new List<Stretch>();
        var current = new Stretch([], []);
        for (int i = 0, j = 0; i < a.Count || j < b.Count;)
        {
            if (i < a.Count && j < b.Count && a[i] == b[j])
            {
                (i, j) = (i + 1, j + 1);
                if (current.Removed.Count + current.Added.Count > 0)
                {
                    stretches.Add(current);
                    current = new Stretch([], []);
                }
            }
            else if (j == b.Count || (i < a.Count && kept[i + 1, j] >= kept[i, j + 1]))
            {
                current.Removed.Add(a[i++]);
            }
            else
            {
                current.Added.Add(b[j++]);
            }
        }
        if (current.Removed.Count + current.Added.Count > 0)
        {
            stretches.Add(current);
        }
        return stretches;
    }

    /// <summary>"In 2008, Ai Weiwei…": the first few words, or a paragraph short enough whole.</summary>
    private static string Opening(string paragraph)
    {
        if (paragraph.Length <= OpeningChars)
        {
            return $"\"{paragraph}\"";
        }
        var opening = "";
        foreach (var word in paragraph.Split(' ').Take(OpeningWords))
        {
            var longer = opening.Length == 0 ? word : $"{opening} {word}";
            if (longer.Length > OpeningChars)
            {
                opening = opening.Length == 0 ? word[..OpeningChars] : opening;
                break;
            }
            opening = longer;
        }
        return $"\"{opening.TrimEnd(',', ';', ':', '.', '-', '—')}…\"";
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spacing();
}
