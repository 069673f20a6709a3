using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NeverSorry.Web.Content;

/// <summary>The film's facts, read from <c>film.json</c>.</summary>
[Description("The film's facts: content/film.json")]
public sealed record Film
{
    [JsonPropertyName("$schema")]
    [Description("Where editors find this file's schema; the site ignores it.")]
    public string? Schema { get; init; }

    [Description("The film's title, as it appears on every page.")]
    public required string Title { get; init; }

    [Description("The year of the film, four digits, e.g. 2012.")]
    public required int Year { get; init; }

    [Description("The genre, e.g. \"Biographical Documentary\".")]
    public required string Genre { get; init; }

    [Description("The MPA rating and its reason.")]
    public required Rating Rating { get; init; }

    [Description("The company that releases the film in theaters.")]
    public required string Distributor { get; init; }

    [Description("The director's name.")]
    public required string Director { get; init; }

    [Description("The theatrical release: opening date and kind of release.")]
    public required Release Release { get; init; }

    [Description("Credits in the order they are shown. A credit with an empty name is not shown.")]
    public IReadOnlyList<Credit> Credits { get; init; } = [];

    [Description("The production still's caption and credit line, for press.")]
    public Still? Still { get; init; }

    [Description("Official websites, e.g. { \"label\": \"Facebook\", \"url\": \"https://…\" }. Only add links with a real address.")]
    public IReadOnlyList<Link> Links { get; init; } = [];

    [Description("Where the film can be watched at home, e.g. { \"service\": \"…\", \"url\": \"https://…\", \"kind\": \"stream\" }. Only list real offers, with their real address.")]
    public IReadOnlyList<WatchOption> WatchAt { get; init; } = [];

    [Description("The trailer on YouTube, if there is one.")]
    public Trailer? Trailer { get; init; }

    /// <summary>Credits worth printing: staff may list a role before its name is known.</summary>
    [JsonIgnore]
    public IEnumerable<Credit> NamedCredits => Credits.Where(c => !string.IsNullOrWhiteSpace(c.Name));

}

public sealed record Rating
{
    [Description("The rating's code, e.g. \"R\".")]
    public required string Code { get; init; }

    [Description("Why it has that rating, without the word 'for', e.g. \"some language\".")]
    public string? Reason { get; init; }

    /// <summary>The rating as the MPA words it, e.g. "R for some language".</summary>
    [JsonIgnore]
    public string Display => string.IsNullOrWhiteSpace(Reason) ? Code : $"{Code} for {Reason}";
}

public sealed record Release
{
    [Description("The first day in theaters, written yyyy-MM-dd. It must be the start of the first engagement in theatrical-run.json.")]
    public required DateOnly Opening { get; init; }

    [Description("The kind of release, e.g. \"Limited\".")]
    public required string Type { get; init; }
}

public sealed record Credit
{
    [Description("The role, e.g. \"Executive Producer\".")]
    public required string Role { get; init; }

    [Description("Who held it. Leave empty until known: the credit is not shown without a name.")]
    public string? Name { get; init; }
}

/// <summary>The production still handed to press: its caption and the credit line it must carry.</summary>
public sealed record Still
{
    [Description("The caption printed with the still.")]
    public required string Caption { get; init; }

    [Description("The credit line printed with the still, e.g. \"Photo Courtesy of …\".")]
    public required string Credit { get; init; }
}

public sealed record Link
{
    [Description("The link's text, e.g. \"Facebook\".")]
    public required string Label { get; init; }

    [Description("The full address, starting with https://.")]
    public required Uri Url { get; init; }
}

public sealed record WatchOption
{
    /// <summary>The kinds staff may write, as the site prints them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["stream", "rent", "buy", "educational licence"];

    [Description("The service's name, e.g. the streaming service or the distributor's shop.")]
    public required string Service { get; init; }

    [Description("The film's page on that service, starting with https://.")]
    public required Uri Url { get; init; }

    [Description("Optional: how it is offered: \"stream\", \"rent\", \"buy\" or \"educational licence\".")]
    public string? Kind { get; init; }
}

public sealed record Trailer
{
    [Description("The 11 characters after 'v=' in the video's YouTube address.")]
    public required string YoutubeId { get; init; }

    [Description("The day the video was published on YouTube, written yyyy-MM-dd, as YouTube shows it under the video. Optional: leave it out when unknown.")]
    public DateOnly? UploadDate { get; init; }

    /// <summary>The video's page on YouTube: where the trailer's link goes when the player cannot be loaded (no JavaScript).</summary>
    [JsonIgnore]
    public Uri WatchUrl => new($"https://www.youtube.com/watch?v={YoutubeId}");

    /// <summary>The privacy-enhanced player's address, which sets no cookie until the video plays.</summary>
    [JsonIgnore]
    public Uri EmbedUrl => new($"https://www.youtube-nocookie.com/embed/{YoutubeId}");
}
