using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;
using static NeverSorry.Content.Publishing.ChangeWords;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// press.json's and the biographies' changes in staff's words: "added the contact A. Test (press@example.org)",
/// "the quote from Example Daily: text: '…' → '…'", and what an optional file added or removed holds.
/// </summary>
internal static class PressChanges
{
    public static IEnumerable<string> Describe(PressKit old, PressKit now)
    {
        var (was, @is) = (Node(old), Node(now));
        return [
            .. Many("contact", "contacts", was["contacts"], @is["contacts"], ContactName, ContactKey),
            .. Many("quote", "quotes", was["quotes"], @is["quotes"], QuoteName, item => Text(item["publication"])),
        ];
    }

    /// <summary>What an optional file holds, for the line that says it was added or removed; null for any other file.</summary>
    public static string? Summary(string file, ContentSnapshot content)
    {
        if (file == ContentFiles.Press)
        {
            return $"({Count(content.Press.Contacts.Count, "contact")}, {Count(content.Press.Quotes.Count, "quote")})";
        }
        return content.Biographies.FirstOrDefault(b => b.File == file) is { } bio ? $"(the biography of {Quote(bio.Name)}, {Quote(bio.Role)})" : null;
    }

    private static IEnumerable<string> Many(string one, string many, JsonNode? was, JsonNode? @is, Func<JsonNode, string> name, Func<JsonNode, string?> key)
    {
        var pairing = ListPairing.Of(was as JsonArray, @is as JsonArray, key);
        return [
            .. pairing.Added.Select(item => $"added the {one} {name(item)}"),
            .. pairing.Removed.Select(item => $"removed the {one} {name(item)}"),
            .. pairing.Kept.SelectMany(pair => JsonChanges.Fields(pair.Was.AsObject(), pair.Is.AsObject(), field => $"the {one} {name(pair.Was)}: {Field(field)}")),
            .. pairing.Reordered ? [$"the {many}' order changed"] : Array.Empty<string>(),
        ];
    }

    private static JsonObject Node(PressKit press) => JsonSerializer.SerializeToNode(press, JsonContentReader.Options)!.AsObject();

    /// <summary>A contact by whom it is, then how to reach them: "A. Test (press@example.org)".</summary>
    private static string ContactName(JsonNode contact)
    {
        var who = Text(contact["name"]) ?? Text(contact["organization"]) ?? "without a name";
        var reach = Text(contact["email"]) ?? Text(contact["phone"]);
        return reach is null ? who : $"{who} ({Middle(reach)})";
    }

    private static string? ContactKey(JsonNode contact) => Text(contact["name"]) ?? Text(contact["organization"]);

    /// <summary>A quote by its publication and its first words: "from Example Daily 'A film of…'".</summary>
    private static string QuoteName(JsonNode quote) => $"from {Text(quote["publication"])} {Quote(Text(quote["text"]))}";

    private static string Count(int count, string one) => string.Create(CultureInfo.InvariantCulture, $"{count} {one}{(count == 1 ? "" : "s")}");
}
