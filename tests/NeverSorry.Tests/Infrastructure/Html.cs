using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>Reads pages the way a visitor's browser does: parsed into a document, queried with CSS selectors.</summary>
public static class Html
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}.");
        return await response.ReadDocumentAsync();
    }

    public static async Task<IHtmlDocument> ReadDocumentAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return Parse(html);
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Parsed with each element's place in <paramref name="html"/> kept, for <see cref="RawStartTag"/>.</summary>
    public static IHtmlDocument ParseKeepingSource(string html) =>
        new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);

    /// <summary>
    /// The element's start tag exactly as the server wrote it, character references undecoded: what a tool
    /// that reads the raw HTML sees. The element must come from <see cref="ParseKeepingSource"/> of <paramref name="html"/>.
    /// </summary>
    public static string RawStartTag(this IElement element, string html)
    {
        var start = element.SourceReference!.Position.Index;
        return html[start..(html.IndexOf('>', start) + 1)];
    }

    /// <summary>The text as a reader sees it: whitespace runs collapsed to one space, ends trimmed.</summary>
    public static string ReadableText(this INode node) => Normalize(node.TextContent);

    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The section whose heading (h2) reads <paramref name="heading"/>.</summary>
    public static IElement Section(this IParentNode document, string heading)
    {
        var sections = document.QuerySelectorAll("section")
            .Where(s => s.QuerySelector("h2") is { } h2 && h2.ReadableText() == heading)
            .ToList();
        Assert.True(sections.Count == 1, $"Expected one section headed '{heading}', found {sections.Count}.");
        return sections[0];
    }

    /// <summary>A description list's terms and their descriptions, in order, e.g. "Genre" → its dd.</summary>
    public static IReadOnlyList<KeyValuePair<string, IElement>> Terms(this IElement descriptionList) =>
        descriptionList.QuerySelectorAll("dt")
            .Select(dt => new KeyValuePair<string, IElement>(dt.ReadableText(), DescriptionOf(dt)))
            .ToList();

    /// <summary>The dd that describes <paramref name="term"/> in any dl under <paramref name="scope"/>.</summary>
    public static IElement Describe(this IParentNode scope, string term)
    {
        var matches = scope.QuerySelectorAll("dl").SelectMany(dl => dl.Terms()).Where(t => t.Key == term).ToList();
        Assert.True(matches.Count == 1, $"Expected the term '{term}' once, found it {matches.Count} time(s).");
        return matches[0].Value;
    }

    private static IElement DescriptionOf(IElement dt)
    {
        for (var next = dt.NextElementSibling; next is not null; next = next.NextElementSibling)
        {
            if (next.LocalName == "dd")
            {
                return next;
            }
        }
        throw new InvalidOperationException($"The term '{dt.ReadableText()}' has no description.");
    }
}
