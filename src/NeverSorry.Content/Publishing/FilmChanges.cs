using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;
using static NeverSorry.Content.Publishing.ChangeWords;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// film.json's changes field by field, as staff know the fields: "the lead still's caption: 'a' → 'b'", "added
/// the still images/still-4.jpg", "the Editor credit: '' → 'A. Test'". The film is compared as the site reads
/// it; a field without words here (one added to <see cref="Film"/> later) goes through <see cref="JsonChanges"/>.
/// </summary>
internal static class FilmChanges
{
    /// <summary>A list of film.json: what one item is called, how it is named and matched, how its fields read.</summary>
    private sealed record ListWords(
        string One, string Many, Func<JsonNode, string> Name, Func<JsonNode, string?> Key, Func<JsonNode, string, string> FieldOf);

    private static readonly ListWords Stills = new(
        "still", "stills", StillName, still => Text(still[N(nameof(Still.File))]), (still, field) => $"the still {StillName(still)}: {Field(field)}");

    private static readonly ListWords Credits = new(
        "credit", "credits", CreditName, Role,
        (credit, field) => field == N(nameof(Credit.Name)) ? $"the {Role(credit)} credit" : $"the {Role(credit)} credit's {Field(field)}");

    private static readonly ListWords Links = new(
        "link", "links", LinkName, LinkName, (link, field) => $"the link {LinkName(link)}: {Field(field)}");

    private static readonly ListWords WatchAt = new(
        "watchAt entry", "watchAt entries", OfferName, OfferName, (offer, field) => $"the watchAt entry {OfferName(offer)}: {Field(field)}");

    /// <summary>Where editors find the schema: the site ignores it, and so does the summary.</summary>
    private static readonly string SchemaField = typeof(Film).GetProperty(nameof(Film.Schema))!.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name;

    private static readonly Dictionary<string, Func<JsonNode?, JsonNode?, IEnumerable<string>>> Special = new(StringComparer.Ordinal)
    {
        [N(nameof(Film.Still))] = (was, @is) => One("the lead still", was, @is, StillName),
        [N(nameof(Film.Poster))] = (was, @is) => One("the poster", was, @is, poster => Text(poster[N(nameof(Poster.File))]) ?? ""),
        [N(nameof(Film.Trailer))] = (was, @is) => One("the trailer", was, @is, trailer => $"with YouTube id {Quote(Text(trailer[N(nameof(Trailer.YoutubeId))]))}"),
        [N(nameof(Film.Stills))] = (was, @is) => Many(Stills, was, @is),
        [N(nameof(Film.Credits))] = (was, @is) => Many(Credits, was, @is),
        [N(nameof(Film.Links))] = (was, @is) => Many(Links, was, @is),
        [N(nameof(Film.WatchAt))] = (was, @is) => Many(WatchAt, was, @is),
    };

    public static IEnumerable<string> Describe(Film old, Film now)
    {
        var (was, @is) = (Node(old), Node(now));
        return JsonChanges.Names(was, @is)
            .Where(name => name != SchemaField && !JsonNode.DeepEquals(was[name], @is[name]))
            .SelectMany(name => Special.TryGetValue(name, out var describe)
                ? describe(was[name], @is[name])
                : JsonChanges.Of($"the {Field(name)}", was[name], @is[name]));
    }

    private static JsonObject Node(Film film) => JsonSerializer.SerializeToNode(film, JsonContentReader.Options)!.AsObject();

    /// <summary>A property's name in the file, e.g. <c>youtubeId</c>.</summary>
    private static string N(string property) => JsonContentReader.Options.PropertyNamingPolicy!.ConvertName(property);

    /// <summary>A field that may be left out: added or removed as a whole, otherwise field by field.</summary>
    private static IEnumerable<string> One(string subject, JsonNode? was, JsonNode? @is, Func<JsonNode, string> name) => (was, @is) switch
    {
        (null, { } added) => [$"added {subject} {name(added)}"],
        ({ } removed, null) => [$"removed {subject} {name(removed)}"],
        _ => JsonChanges.Of(subject, was, @is),
    };

    private static IEnumerable<string> Many(ListWords words, JsonNode? was, JsonNode? @is)
    {
        var pairing = ListPairing.Of(was as JsonArray, @is as JsonArray, words.Key);
        return [
            .. pairing.Added.Select(item => $"added the {words.One} {words.Name(item)}"),
            .. pairing.Removed.Select(item => $"removed the {words.One} {words.Name(item)}"),
            .. pairing.Kept.SelectMany(pair => JsonChanges.Fields(pair.Was.AsObject(), pair.Is.AsObject(), field => words.FieldOf(pair.Was, field))),
            .. pairing.Reordered ? [$"the {words.Many}' order changed"] : Array.Empty<string>(),
        ];
    }

    /// <summary>A still by its file, or while it has none by the start of its caption.</summary>
    private static string StillName(JsonNode still) =>
        Text(still[N(nameof(Still.File))]) ?? Quote(Text(still[N(nameof(Still.Caption))]));

    private static string Role(JsonNode credit) => Text(credit[N(nameof(Credit.Role))]) ?? "";

    /// <summary>"Producer: A. Test"; a role staff listed before its name is known says so.</summary>
    private static string CreditName(JsonNode credit) => Text(credit[N(nameof(Credit.Name))]) is { } name && !string.IsNullOrWhiteSpace(name)
        ? $"{Role(credit)}: {name}"
        : $"{Role(credit)} (no name yet)";

    /// <summary>A link by its text and address, "Facebook (https://…)": the two together tell one from another.</summary>
    private static string LinkName(JsonNode link) =>
        $"{Text(link[N(nameof(Link.Label))])} ({Middle(Text(link[N(nameof(Link.Url))]))})";

    private static string OfferName(JsonNode offer) =>
        $"{Text(offer[N(nameof(WatchOption.Service))])} ({Middle(Text(offer[N(nameof(WatchOption.Url))]))})";
}
