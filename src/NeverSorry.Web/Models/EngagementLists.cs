using NeverSorry.Content.Model;

namespace NeverSorry.Web.Models;

/// <summary>A table of engagements with its caption (also the name of its scrolling region).</summary>
public sealed record EngagementList(string Caption, IReadOnlyList<Engagement> Engagements)
{
    /// <summary>A "Where" column only when some engagement says where it is.</summary>
    public bool ShowsWhere => Engagements.Any(e => e.City is not null || e.Address is not null);
}

/// <summary>Engagements showing or coming on <paramref name="Today"/>, shown as cards with their ticket links.</summary>
public sealed record ShowingList(DateOnly Today, IReadOnlyList<Engagement> Engagements);
