using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NeverSorry.Content.Model;

/// <summary>The festival selections, read from <c>festivals.json</c>.</summary>
[Description("The festival selections: content/festivals.json")]
public sealed record FestivalList
{
    [JsonPropertyName("$schema")]
    [Description("Where editors find this file's schema; the site ignores it.")]
    public string? Schema { get; init; }

    [Description("The festivals in the order they are shown.")]
    public required IReadOnlyList<Festival> Festivals { get; init; }
}

public sealed record Festival
{
    [Description("The festival's name, e.g. \"Sundance Film Festival\".")]
    public required string Name { get; init; }

    [Description("The year the festival showed the film, e.g. 2012.")]
    public required int Year { get; init; }

    [Description("Optional: the prize the festival gave the film, e.g. \"Special Jury Prize\", exactly as the festival names it. Without it the film was an official selection. Only write a prize the film really won.")]
    public string? Award { get; init; }
}
