namespace NeverSorry.Web.Content;

/// <summary>The festival selections, read from <c>festivals.json</c>.</summary>
public sealed record FestivalList
{
    public required IReadOnlyList<Festival> Festivals { get; init; }
}

public sealed record Festival
{
    public required string Name { get; init; }
    public required int Year { get; init; }
}
