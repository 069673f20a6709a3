using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NeverSorry.Web.PressNotes;

/// <summary>
/// The sanitized HTML of a Markdown file (synopsis, statement, biography) as paragraphs of plain text for the
/// PDF: headings, paragraphs and list items (nested ones indented) become paragraphs, emphasis is dropped, a
/// link keeps its words and, when they are not the address already, its address in brackets. Anything else is
/// read for its text, so no markup can stop the PDF.
/// </summary>
internal sealed partial class HtmlParagraphs
{
    private static readonly HashSet<string> s_blocks =
        ["p", "div", "blockquote", "pre", "table", "tr", "section", "article", "figure", "figcaption", "dl", "dt", "dd", "hr", "details", "summary"];

    private static readonly HashSet<string> s_skipped = ["script", "style", "template", "img", "svg", "math", "iframe", "object"];

    private readonly List<NotesParagraph> _paragraphs = [];
    private readonly StringBuilder _line = new();
    private NotesStyle _style = NotesStyle.Body;
    private int _depth;
    private string? _marker;

    public static IReadOnlyList<NotesParagraph> Of(string html)
    {
        var reader = new HtmlParagraphs();
        var body = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>").Body;
        if (body is not null)
        {
            reader.Visit(body);
        }
        reader.Flush();
        return reader._paragraphs;
    }

    private void Visit(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    _line.Append(text.Data);
                    break;
                case IElement element:
                    VisitElement(element);
                    break;
            }
        }
    }

    private void VisitElement(IElement element)
    {
        var name = element.LocalName;
        if (s_skipped.Contains(name))
        {
            return;
        }
        if (name == "br")
        {
            Flush();
        }
        else if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            Flush();
            _style = NotesStyle.Subheading;
            Visit(element);
            Flush();
            _style = NotesStyle.Body;
        }
        else if (name is "ul" or "ol")
        {
            VisitList(element, numbered: name == "ol");
        }
        else if (name == "a")
        {
            Visit(element);
            AppendAddress(element);
        }
        else if (s_blocks.Contains(name) || name == "li")
        {
            Flush();
            Visit(element);
            Flush();
        }
        else
        {
            Visit(element);
        }
    }

    /// <summary>Each item a paragraph one step further in, under its bullet or number; text around a nested list stays with its item.</summary>
    private void VisitList(IElement list, bool numbered)
    {
        Flush();
        var (depth, number) = (_depth, 0);
        _depth = depth + 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            number++;
            _marker = numbered ? $"{number}." : "•";
            Visit(item);
            Flush();
        }
        _depth = depth;
    }

    /// <summary>A printed link cannot be followed: its address goes with it, unless the words are the address.</summary>
    private void AppendAddress(IElement link)
    {
        var href = link.GetAttribute("href");
        if (href is not null && Uri.TryCreate(href, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"
            && !Collapse(link.TextContent).Contains(href.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            _line.Append(" (").Append(href).Append(')');
        }
    }

    private void Flush()
    {
        var text = Collapse(_line.ToString());
        _line.Clear();
        if (text.Length > 0)
        {
            _paragraphs.Add(new NotesParagraph(text, _style, _depth, _marker));
            _marker = null;
        }
    }

    /// <summary>Runs of white space as one space; control characters as spaces and invisible format characters dropped, as no font draws them.</summary>
    public static string Collapse(string text) =>
        Spaces().Replace(ControlCharacters().Replace(FormatCharacters().Replace(text, ""), " "), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\p{Cc}\p{Zl}\p{Zp}]")]
    private static partial Regex ControlCharacters();

    [GeneratedRegex(@"\p{Cf}")]
    private static partial Regex FormatCharacters();
}
