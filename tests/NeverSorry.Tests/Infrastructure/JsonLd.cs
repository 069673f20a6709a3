using System.Text.Json;
using AngleSharp.Html.Dom;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>The structured data (JSON-LD) a page gives search engines.</summary>
public static class JsonLd
{
    /// <summary>The page's one JSON-LD script, parsed.</summary>
    public static JsonElement Of(IHtmlDocument document)
    {
        var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }
}
