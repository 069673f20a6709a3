using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NeverSorry.Content.Model;

/// <summary>The theatrical engagements, read from <c>theatrical-run.json</c>.</summary>
[Description("The theatrical engagements: content/theatrical-run.json")]
public sealed record TheatricalRun
{
    [JsonPropertyName("$schema")]
    [Description("Where editors find this file's schema; the site ignores it.")]
    public string? Schema { get; init; }

    [Description("One entry per engagement; the site sorts them by opening day.")]
    public required IReadOnlyList<Engagement> Engagements { get; init; }
}

public sealed record Engagement
{
    [Description("The theater's name, e.g. \"IFC Center\".")]
    public required string Theater { get; init; }

    [Description("The first day of the engagement, written yyyy-MM-dd.")]
    public required DateOnly Start { get; init; }

    [Description("The last day of the engagement, written yyyy-MM-dd; the same as start for a single day.")]
    public required DateOnly End { get; init; }

    [Description("Optional: the theater's city, e.g. \"New York\", shown beside its name.")]
    public string? City { get; init; }

    [Description("Optional: the theater's street address, e.g. \"323 Sixth Avenue, New York, NY 10014\", for moviegoers and maps.")]
    public string? Address { get; init; }

    [Description("Optional: the page where tickets for this engagement are sold, starting with https://.")]
    public Uri? Tickets { get; init; }

    /// <summary>Days on screen, counting the opening and the closing day.</summary>
    [JsonIgnore]
    public int Days => End.DayNumber - Start.DayNumber + 1;
}
