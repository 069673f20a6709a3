using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NeverSorry.Content.Reading;

/// <summary>
/// Every field of a JSON file that its record does not know, found by walking the document beside the record's
/// shape. The deserializer stops at the first one; staff who misspelled three fields should hear of all three at once.
/// </summary>
internal static class UnknownFields
{
    /// <summary>Each unknown field's path (<c>$.engagements[1].theatre</c>) and the fields allowed in its object.</summary>
    public static IReadOnlyList<(string Path, string Name, string Allowed)> In(byte[] utf8, Type record, JsonSerializerOptions options)
    {
        var found = new List<(string, string, string)>();
        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            Walk(document.RootElement, options.GetTypeInfo(record), "$", options, found);
        }
        catch (JsonException)
        {
            // Not well formed: the parser's own complaint is the one to show.
        }
        return found;
    }

    /// <summary>The fields staff may write in an object of this shape, as messages list them ("theater, start, end").</summary>
    public static string Allowed(JsonTypeInfo shape) => string.Join(", ", Known(shape).Select(p => p.Name).Where(name => !name.StartsWith('$')));

    private static IEnumerable<JsonPropertyInfo> Known(JsonTypeInfo shape) => shape.Properties.Where(p => p.Set is not null || p.IsRequired);

    private static void Walk(JsonElement element, JsonTypeInfo shape, string path, JsonSerializerOptions options, List<(string, string, string)> found)
    {
        if (shape.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            var known = Known(shape).ToDictionary(p => p.Name, StringComparer.Ordinal);
            foreach (var field in element.EnumerateObject())
            {
                var fieldPath = $"{path}.{field.Name}";
                if (known.TryGetValue(field.Name, out var property))
                {
                    Walk(field.Value, options.GetTypeInfo(property.PropertyType), fieldPath, options, found);
                }
                else if (!field.Name.StartsWith('$'))
                {
                    found.Add((fieldPath, field.Name, Allowed(shape)));
                }
            }
        }
        else if (shape.Kind == JsonTypeInfoKind.Enumerable && shape.ElementType is { } elementType && element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, options.GetTypeInfo(elementType), $"{path}[{index++}]", options, found);
            }
        }
        else if (Nullable.GetUnderlyingType(shape.Type) is { } underlying && element.ValueKind != JsonValueKind.Null)
        {
            Walk(element, options.GetTypeInfo(underlying), path, options, found);
        }
    }
}
