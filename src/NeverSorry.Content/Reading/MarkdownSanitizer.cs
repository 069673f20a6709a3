using AngleSharp.Dom;
using Ganss.Xss;

namespace NeverSorry.Content.Reading;

/// <summary>
/// Cleans the HTML that Markdig renders from a content file, which staff (or anyone who gets write access)
/// can fill with anything: only the elements and link schemes the site's Markdown needs survive. Every
/// removal is reported, so staff learn what the page left out instead of wondering.
/// </summary>
public static class MarkdownSanitizer
{
    private static readonly HtmlSanitizerOptions s_options = new()
    {
        AllowedTags = new HashSet<string>(
            ["p", "em", "strong", "a", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "h5", "h6", "code", "pre", "br", "hr"],
            StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(["href", "title"], StringComparer.OrdinalIgnoreCase),
        // Relative links (to the site's own pages) have no scheme and are kept.
        AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>What the sanitizer took out: the element, and the attribute (null when the whole element went).</summary>
    public sealed record Removal(IElement Element, IAttr? Attribute);

    /// <summary>The HTML with everything not allowed taken out, and what was taken out, in document order.</summary>
    public static string Sanitize(string html, out IReadOnlyList<Removal> removals)
    {
        // One sanitizer per call: its events report to this call's list, and concurrent loads never share one.
        var sanitizer = new HtmlSanitizer(s_options);
        var found = new List<Removal>();
        sanitizer.RemovingTag += (_, e) => found.Add(new Removal(e.Tag, null));
        sanitizer.RemovingAttribute += (_, e) => found.Add(new Removal(e.Tag, e.Attribute));
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = IsProtocolRelative(e.OriginalUrl) ? null : e.SanitizedUrl;
        var clean = sanitizer.Sanitize(html);
        removals = found;
        return clean;
    }

    /// <summary>
    /// '//host/x' has no scheme, so the sanitizer would keep it as a link to the site's own pages, yet it
    /// leads to another site. Browsers ignore tabs and line breaks in an address and read '\\' as '/'.
    /// </summary>
    private static bool IsProtocolRelative(string url)
    {
        var address = url.Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal)
            .TrimStart(s_controlOrSpace);
        return address.Length >= 2 && (address[0] is '/' or '\\') && (address[1] is '/' or '\\');
    }

    private static readonly char[] s_controlOrSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    /// <summary>The removal worded for staff, without the file position (the caller knows it).</summary>
    public static string Describe(Removal removal) => removal.Attribute switch
    {
        { Name: "href" } href when IsProtocolRelative(href.Value) =>
            $"the link to '{href.Value}' was removed from the page: an address that starts with '//' leads to another site. Write it in full, starting with https://.",
        { Name: "href" } href =>
            $"the link to '{href.Value}' was removed from the page: links may only go to http, https or mailto addresses, or to the site's own pages.",
        { } attribute =>
            $"the attribute '{attribute.Name}' on <{removal.Element.LocalName}> was removed from the page: content may not carry attributes other than a link's address and title.",
        null =>
            $"the <{removal.Element.LocalName}> element was removed from the page: content may use paragraphs, emphasis, links, lists, quotes, headings, code and rules only.",
    };
}
