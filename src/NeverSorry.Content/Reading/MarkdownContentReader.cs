using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NeverSorry.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NeverSorry.Content.Reading;

/// <summary>
/// Reads a Markdown content file: its optional YAML front matter from Markdig's syntax tree, its body
/// rendered through one shared pipeline. Raw HTML in the file is shown as text, never as markup, and the
/// rendered HTML goes through <see cref="MarkdownSanitizer"/>, whose removals become warnings.
/// </summary>
public sealed partial class MarkdownContentReader
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .DisableHtml()
        // Quotes paired as Markdown pairs emphasis, "--" and "..." as dashes and an ellipsis; Apostrophes() does the rest.
        .UseSmartyPants()
        // Columns of links, for the warnings that name a removed link's place in the file.
        .UsePreciseSourceLocation()
        .Build();

    private readonly IDeserializer _yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <param name="warnings">What was left out of the page; unlike problems, warnings do not stop the load.</param>
    public MarkdownPage? Read(ContentFolder folder, string fileName, ICollection<ContentProblem> problems, ICollection<ContentProblem> warnings)
    {
        var displayName = folder.DisplayName(fileName);
        if (ContentFileReader.Read(folder, fileName, ContentLimits.MarkdownFileBytes, problems) is not { } bytes)
        {
            return null;
        }
        // As File.ReadAllText reads: UTF-8 unless a byte order mark says otherwise, the mark itself left out.
        using var decoder = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = decoder.ReadToEnd();

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, _pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new ContentProblem(displayName, 1, 1, $"quotes ('>'), lists or emphasis are nested inside one another more than {_pipeline.MaximumNestingDepth} levels deep, which no page needs. Look for a line that starts with many '>' or '*' and shorten it."));
            return null;
        }
        var frontMatterBlock = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (frontMatterBlock is null && FrontMatterFence().IsMatch(text))
        {
            problems.Add(new ContentProblem(displayName, 1, 1, "the front matter that starts with '---' on this line has no closing '---' line. Add one below the last setting, or remove the first '---'."));
            return null;
        }
        var frontMatter = frontMatterBlock is null ? new FrontMatter() : ReadFrontMatter(frontMatterBlock, fileName, displayName, problems);

        Apostrophes(document);

        // The page's own title is the only h1: the file's headings start one level below it.
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + 1);
        }

        if (!document.Any(block => block is not YamlFrontMatterBlock))
        {
            problems.Add(new ContentProblem(displayName, 1, 1, "the file has no text. Write at least one paragraph below the front matter."));
            return null;
        }

        if (frontMatter is null)
        {
            return null;
        }
        try
        {
            return new MarkdownPage(frontMatter, RenderSafely(document, displayName, warnings))
            {
                FrontMatterLines = frontMatterBlock is null ? new Dictionary<string, int>() : KeyLines(frontMatterBlock),
            };
        }
        catch (BoundedWriter.TooLargeException)
        {
            problems.Add(new ContentProblem(displayName, 1, 1, $"this text would make a page larger than {ContentLimits.Words(ContentLimits.RenderedMarkdownChars)}, the most the site shows for one file. A link reference used very many times, or a very long address, multiplies the page; shorten the text."));
            return null;
        }
    }

    /// <summary>
    /// Renders and sanitizes one top-level block at a time, so that whatever the sanitizer removes can be
    /// reported at the line of its block, or of its link when the removal is a link's address.
    /// </summary>
    private string RenderSafely(MarkdownDocument document, string displayName, ICollection<ContentProblem> warnings)
    {
        using var writer = new BoundedWriter(ContentLimits.RenderedMarkdownChars);
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        var links = document.Descendants<Inline>().Where(inline => UrlOf(inline) is not null).ToList();
        var html = new StringBuilder();
        foreach (var block in document)
        {
            var rendered = writer.GetStringBuilder().Clear();
            renderer.Render(block);
            html.Append(MarkdownSanitizer.Sanitize(rendered.ToString(), out var removals));
            foreach (var removal in removals)
            {
                var url = removal.Attribute?.Value ?? removal.Element.GetAttribute("href") ?? removal.Element.GetAttribute("src");
                var at = (MarkdownObject?)links.FirstOrDefault(link => link.Span.Start >= block.Span.Start && link.Span.Start <= block.Span.End && UrlOf(link) == url) ?? block;
                warnings.Add(new ContentProblem(displayName, at.Line + 1, at.Column + 1, MarkdownSanitizer.Describe(removal)));
            }
        }
        return html.ToString();
    }

    /// <summary>
    /// SmartyPants leaves a quote it cannot pair as typed, which is every apostrophe ("Ai's"): in the text (never in
    /// code or an address), one after a letter or a closing inline such as emphasis becomes ’. One character for
    /// one, so the positions warnings name stay right.
    /// </summary>
    private static void Apostrophes(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var text = literal.Content.ToString();
            if (!text.Contains('\''))
            {
                continue;
            }
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                var afterWord = i > 0 ? char.IsLetterOrDigit(chars[i - 1]) : literal.PreviousSibling is not (null or LineBreakInline);
                if (chars[i] == '\'' && afterWord)
                {
                    chars[i] = SmartQuotes.Apostrophe;
                }
            }
            literal.Content = new Markdig.Helpers.StringSlice(new string(chars));
        }
    }

    private static string? UrlOf(Inline inline) => inline switch
    {
        LinkInline link => link.Url,
        AutolinkInline { IsEmail: true } email => "mailto:" + email.Url,
        AutolinkInline autolink => autolink.Url,
        _ => null,
    };

    /// <summary>Markdig keeps the lines between the two '---' fences; the block starts at the first fence.</summary>
    private static List<string> LinesOf(YamlFrontMatterBlock block) => [.. block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString())];

    /// <summary>Each top-level key's 1-based line in the file: the first line after the opening fence is the block's line + 2.</summary>
    private static Dictionary<string, int> KeyLines(YamlFrontMatterBlock block)
    {
        var lines = LinesOf(block);
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (FrontMatterKey().Match(lines[i]) is { Success: true } key)
            {
                keyLines.TryAdd(key.Groups[1].Value, block.Line + 2 + i);
            }
        }
        return keyLines;
    }

    private FrontMatter? ReadFrontMatter(YamlFrontMatterBlock block, string fileName, string displayName, ICollection<ContentProblem> problems)
    {
        var lines = LinesOf(block);
        // YAML forbids tabs in indentation, but its parser reports them at the key before, not at the tab.
        var tabbed = lines.FindIndex(l => l[..(l.Length - l.TrimStart().Length)].Contains('\t'));
        if (tabbed >= 0)
        {
            problems.Add(new ContentProblem(displayName, block.Line + 2 + tabbed, lines[tabbed].IndexOf('\t') + 1,
                "this front matter line starts with a tab. Front matter lines start with the key itself, or with spaces, never tabs: remove the tab."));
            return null;
        }
        var yaml = string.Join('\n', lines);
        try
        {
            return _yaml.Deserialize<FrontMatter?>(yaml) ?? new FrontMatter();
        }
        catch (YamlException ex)
        {
            // The block starts at the opening '---'; YAML counts its lines from 1 after it.
            var line = block.Line + 1 + (int)ex.Start.Line;
            var isBiography = fileName.StartsWith(Biography.Folder + "/", StringComparison.Ordinal);
            var keys = isBiography ? "name and role (a biography's only keys)" : "title, description and author (name and role belong to a biography in bios/)";
            var message = UnknownKey().Match(ex.Message) is { Success: true } unknown
                ? $"'{unknown.Groups[1].Value}' is not a front matter key (a typo?). The keys allowed are {keys}."
                : $"the front matter between the '---' lines cannot be read here. Write each line as 'key: value' with the key {(isBiography ? "name or role" : "title, description or author")}, and put the value in double quotes if it contains a colon, a bracket or a '#'.";
            problems.Add(new ContentProblem(displayName, line, (int)ex.Start.Column, message));
            return null;
        }
    }

    [GeneratedRegex(@"\A---[ \t]*\r?\n")]
    private static partial Regex FrontMatterFence();

    [GeneratedRegex(@"\A([A-Za-z]+)[ \t]*:")]
    private static partial Regex FrontMatterKey();

    [GeneratedRegex("Property '(.+?)' not found on type")]
    private static partial Regex UnknownKey();
}
