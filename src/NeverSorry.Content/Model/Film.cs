using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NeverSorry.Content.Model;

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

    [Description("The film in one sentence, shown under the title on the home page's first screen, e.g. \"The inside story of …\": plain words on one line, at most 240 characters, no Markdown or HTML. Optional.")]
    public string? Logline { get; init; }

    [Description("The running time in whole minutes, e.g. 91: from 1 to 600. Optional.")]
    public int? RuntimeMinutes { get; init; }

    [Description("The countries of production, e.g. [\"United States\"]: each name once, on one line of at most 60 characters; at most 20. Optional.")]
    public IReadOnlyList<string> Countries { get; init; } = [];

    [Description("The languages spoken in the film, e.g. [\"Mandarin\", \"English\"]: each name once, on one line of at most 60 characters; at most 20. Optional.")]
    public IReadOnlyList<string> Languages { get; init; } = [];

    [Description("The languages of the subtitles it is shown with, e.g. [\"English\"]: each name once, on one line of at most 60 characters; at most 20. Optional.")]
    public IReadOnlyList<string> Subtitles { get; init; } = [];

    [Description("How it is shown, in a few words, e.g. \"DCP, color, 1.78:1\": one line of at most 120 characters. Optional.")]
    public string? Format { get; init; }

    [Description("The MPA rating and its reason.")]
    public required Rating Rating { get; init; }

    [Description("The company that releases the film in theaters.")]
    public required string Distributor { get; init; }

    [Description("The director's name.")]
    public required string Director { get; init; }

    [Description("The theatrical release: opening date and kind of release.")]
    public required Release Release { get; init; }

    [Description("Credits in the order they are shown, each once. A credit without a name is not shown.")]
    public IReadOnlyList<Credit> Credits { get; init; } = [];

    [Description("The lead production still: its caption and credit line, and once staff have it, its picture file. With a file it leads the home page.")]
    public Still? Still { get; init; }

    [Description("More production stills for the press page, each with its picture file under images/.")]
    public IReadOnlyList<Still> Stills { get; init; } = [];

    [Description("The poster or key art, if there is one: its picture file under images/ and its alt text.")]
    public Poster? Poster { get; init; }

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
    [Description("The role, e.g. \"Executive Producer\": one line of at most 100 characters.")]
    public required string Role { get; init; }

    [Description("Who held it, on one line of at most 100 characters. Leave it out (or empty) until known: the credit is not shown without a name.")]
    public string? Name { get; init; }
}

/// <summary>The production still handed to press: its caption and the credit line it must carry.</summary>
public sealed record Still
{
    [Description("The caption printed with the still.")]
    public required string Caption { get; init; }

    [Description("The credit line printed with the still, e.g. \"Photo Courtesy of …\".")]
    public required string Credit { get; init; }

    [Description("The picture file, e.g. \"images/still-1.jpg\": JPEG, PNG or WebP, at least 1200 pixels wide. Leave it out while you have only the words.")]
    public string? File { get; init; }

    [Description("What the picture shows, in a sentence, for visitors who cannot see it. Required with a file.")]
    public string? Alt { get; init; }

    [Description("Terms press must follow, shown with the download, e.g. \"Editorial use only\". Optional.")]
    public string? Usage { get; init; }

    [Description("The copyright notice as the rights holder words it, e.g. \"© 2012 …\", for search engines. Optional: leave it out unless you have it in writing.")]
    public string? Copyright { get; init; }

    [Description("Optional: the point the picture is about, e.g. a face, as fractions of its width and height from the top left: { \"x\": 0.5, \"y\": 0.3 }. Crops keep it in view and titles set over the picture stay clear of it. Without it, the middle.")]
    public Focus? Focus { get; init; }
}

/// <summary>The poster or key art: a picture file with its alt text, and optionally its credit and terms.</summary>
public sealed record Poster
{
    [Description("The picture file, e.g. \"images/poster.jpg\": JPEG, PNG or WebP, at least 1200 pixels wide.")]
    public required string File { get; init; }

    [Description("What the poster shows, in a sentence, for visitors who cannot see it.")]
    public required string Alt { get; init; }

    [Description("The credit line printed with the poster, if it needs one.")]
    public string? Credit { get; init; }

    [Description("Terms press must follow, shown with the download, e.g. \"Editorial use only\". Optional.")]
    public string? Usage { get; init; }

    [Description("The copyright notice as the rights holder words it, e.g. \"© 2012 …\", for search engines. Optional: leave it out unless you have it in writing.")]
    public string? Copyright { get; init; }

    [Description("Optional: the point the picture is about, e.g. a face, as fractions of its width and height from the top left: { \"x\": 0.5, \"y\": 0.3 }. Crops keep it in view and titles set over the picture stay clear of it. Without it, the middle.")]
    public Focus? Focus { get; init; }
}

/// <summary>Where in a picture its subject is, as fractions of its width and height from the top left.</summary>
public sealed record Focus
{
    /// <summary>The middle of the picture, which crops keep when staff give no focus.</summary>
    public static Focus Middle { get; } = new() { X = 0.5, Y = 0.5 };

    [Description("From the left edge (0) to the right edge (1).")]
    public required double X { get; init; }

    [Description("From the top edge (0) to the bottom edge (1).")]
    public required double Y { get; init; }
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
