using System.Globalization;
using System.Text.Json;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// The part of the schema.org vocabulary the site's JSON-LD may use, each type with the properties
/// schema.org gives it (its own and inherited, e.g. Movie's <c>name</c> from Thing) and what each
/// property's value must be. Checking against it catches a misspelt property, a property put on a type
/// that has no such property, a value of the wrong type and a date search engines cannot read.
/// </summary>
public static class SchemaOrg
{
    private const string Text = "Text";
    private const string Url = "URL";
    private const string Date = "Date";

    private static readonly Dictionary<string, Dictionary<string, string[]>> s_types = new()
    {
        // https://schema.org/Movie (CreativeWork, Thing)
        ["Movie"] = new()
        {
            ["name"] = [Text],
            ["description"] = [Text],
            ["url"] = [Url],
            ["genre"] = [Text, Url],
            ["datePublished"] = [Date],
            ["contentRating"] = [Text],
            ["director"] = ["Person"],
            ["trailer"] = ["VideoObject"],
        },
        // https://schema.org/VideoObject (MediaObject, CreativeWork, Thing)
        ["VideoObject"] = new()
        {
            ["name"] = [Text],
            ["description"] = [Text],
            ["embedUrl"] = [Url],
            ["thumbnailUrl"] = [Url],
            ["uploadDate"] = [Date],
        },
        // https://schema.org/Person (Thing)
        ["Person"] = new() { ["name"] = [Text], ["url"] = [Url] },
        // https://schema.org/ScreeningEvent (Event, Thing); location takes a Place, workPresented a Movie
        ["ScreeningEvent"] = new()
        {
            ["name"] = [Text],
            ["startDate"] = [Date],
            ["endDate"] = [Date],
            // Event.eventStatus takes an EventStatusType, written as its member's address.
            ["eventStatus"] = [Url],
            ["location"] = ["MovieTheater"],
            ["workPresented"] = ["Movie"],
            ["offers"] = ["Offer"],
        },
        // https://schema.org/MovieTheater (CivicStructure, EntertainmentBusiness, Place, Thing)
        ["MovieTheater"] = new() { ["name"] = [Text], ["address"] = ["PostalAddress", Text] },
        // https://schema.org/PostalAddress (ContactPoint, StructuredValue, Thing)
        ["PostalAddress"] = new() { ["streetAddress"] = [Text], ["addressLocality"] = [Text] },
        // https://schema.org/Offer (Intangible, Thing); availability takes an ItemAvailability, written as its member's address.
        ["Offer"] = new() { ["url"] = [Url], ["availability"] = [Url] },
    };

    /// <summary>Checks a JSON-LD document: one item, or an <c>@graph</c> of items, under schema.org's context.</summary>
    public static void AssertValid(JsonElement document)
    {
        Assert.Equal("https://schema.org", document.GetProperty("@context").GetString());
        if (document.TryGetProperty("@graph", out var graph))
        {
            Assert.NotEmpty(graph.EnumerateArray());
            foreach (var item in graph.EnumerateArray())
            {
                AssertItem(item, "@graph");
            }
            return;
        }
        AssertItem(document, "$");
    }

    private static void AssertItem(JsonElement item, string where)
    {
        var type = item.GetProperty("@type").GetString()!;
        Assert.True(s_types.TryGetValue(type, out var properties), $"{where}: '{type}' is not a type the site's JSON-LD should use.");
        foreach (var property in item.EnumerateObject().Where(p => !p.Name.StartsWith('@')))
        {
            var path = $"{where}.{property.Name}";
            Assert.True(properties.TryGetValue(property.Name, out var expected), $"{path}: schema.org's {type} has no property '{property.Name}'.");
            AssertValue(property.Value, expected, path);
        }
    }

    private static void AssertValue(JsonElement value, string[] expected, string path)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            var type = value.GetProperty("@type").GetString();
            Assert.True(expected.Contains(type), $"{path}: a {type} where schema.org expects {string.Join(" or ", expected)}.");
            AssertItem(value, path);
            return;
        }
        Assert.True(value.ValueKind == JsonValueKind.String, $"{path}: expected {string.Join(" or ", expected)}, found {value.ValueKind}.");
        var text = value.GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(text), $"{path} is empty.");
        if (expected.Contains(Date))
        {
            Assert.True(DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{path}: '{text}' is not an ISO 8601 date.");
        }
        else if (expected.SequenceEqual([Url]))
        {
            Assert.True(Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme == "https", $"{path}: '{text}' is not an absolute https URL.");
        }
        else
        {
            Assert.True(expected.Contains(Text), $"{path}: text where schema.org expects {string.Join(" or ", expected)}.");
        }
    }
}
