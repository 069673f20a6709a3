using System.Text.Json.Serialization;

namespace NeverSorry.Web.Content;

/// <summary>The film's facts, read from <c>film.json</c>.</summary>
public sealed record Film
{
    public required string Title { get; init; }
    public required int Year { get; init; }
    public required string Genre { get; init; }
    public required Rating Rating { get; init; }
    public required string Distributor { get; init; }
    public required string Director { get; init; }
    public required Release Release { get; init; }
    public IReadOnlyList<Credit> Credits { get; init; } = [];
    public Still? Still { get; init; }
    public IReadOnlyList<Link> Links { get; init; } = [];
    public Trailer? Trailer { get; init; }

    /// <summary>Credits worth printing: staff may list a role before its name is known.</summary>
    [JsonIgnore]
    public IEnumerable<Credit> NamedCredits => Credits.Where(c => !string.IsNullOrWhiteSpace(c.Name));

    /// <summary>Whether there is a trailer or a website to link to; the page shows no empty list.</summary>
    [JsonIgnore]
    public bool HasLinks => Trailer is not null || Links.Count > 0;
}

public sealed record Rating
{
    public required string Code { get; init; }
    public string? Reason { get; init; }

    /// <summary>The rating as the MPA words it, e.g. "R for some language".</summary>
    [JsonIgnore]
    public string Display => string.IsNullOrWhiteSpace(Reason) ? Code : $"{Code} for {Reason}";
}

public sealed record Release
{
    public required DateOnly Opening { get; init; }
    public required string Type { get; init; }
}

public sealed record Credit
{
    public required string Role { get; init; }
    public string? Name { get; init; }
}

/// <summary>The production still handed to press: its caption and the credit line it must carry.</summary>
public sealed record Still
{
    public required string Caption { get; init; }
    public required string Credit { get; init; }
}

public sealed record Link
{
    public required string Label { get; init; }
    public required Uri Url { get; init; }
}

public sealed record Trailer
{
    public required string YoutubeId { get; init; }
}
