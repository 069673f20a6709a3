using NeverSorry.Content.Model;

namespace NeverSorry.Web.Laurels;

/// <summary>Which laurels come first: prizes before selections, each in the order of festivals.json.</summary>
public static class LaurelOrder
{
    /// <summary>How many laurels a first screen shows: enough to say "festival film", few enough to fit beside the title.</summary>
    public const int LeadCount = 3;

    public static IReadOnlyList<Festival> Of(IEnumerable<Festival> festivals) =>
        [.. festivals.OrderBy(f => string.IsNullOrWhiteSpace(f.Award) ? 1 : 0)];

    /// <summary>The first few laurels, for the first screen; <c>/press</c> shows them all.</summary>
    public static IReadOnlyList<Festival> Lead(IEnumerable<Festival> festivals, int count = LeadCount) =>
        [.. Of(festivals).Take(count)];
}
