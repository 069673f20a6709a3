using System.Text.Json.Serialization;

namespace NeverSorry.Web.Content;

/// <summary>The theatrical engagements, read from <c>theatrical-run.json</c>.</summary>
public sealed record TheatricalRun
{
    public required IReadOnlyList<Engagement> Engagements { get; init; }
}

public sealed record Engagement
{
    public required string Theater { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }

    /// <summary>Days on screen, counting the opening and the closing day.</summary>
    [JsonIgnore]
    public int Days => End.DayNumber - Start.DayNumber + 1;
}
