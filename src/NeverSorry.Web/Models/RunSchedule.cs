using NeverSorry.Content.Model;

namespace NeverSorry.Web.Models;

/// <summary>
/// The engagements as they stand on one day: those showing now (closing soonest first), those coming
/// (opening soonest first), and those already over (in order of opening, as the run's history). Ties keep
/// the order of the content, as the loader's stable sort does.
/// </summary>
public sealed record RunSchedule(
    DateOnly Today,
    IReadOnlyList<Engagement> NowShowing,
    IReadOnlyList<Engagement> Coming,
    IReadOnlyList<Engagement> Past)
{
    public static RunSchedule On(DateOnly today, IReadOnlyList<Engagement> engagements) =>
        new(
            today,
            [.. engagements.Where(e => e.StatusOn(today) == EngagementStatus.NowShowing).OrderBy(e => e.End).ThenBy(e => e.Start)],
            [.. engagements.Where(e => e.StatusOn(today) == EngagementStatus.Coming).OrderBy(e => e.Start)],
            [.. engagements.Where(e => e.StatusOn(today) == EngagementStatus.Past).OrderBy(e => e.Start)]);

    /// <summary>Showing now, then coming: what a moviegoer can still go and see.</summary>
    public IReadOnlyList<Engagement> Ahead { get; } = [.. NowShowing, .. Coming];

    /// <summary>The engagement to announce first: the one showing now that closes soonest, else the next to open.</summary>
    public Engagement? Headline => NowShowing.Count > 0 ? NowShowing[0] : Coming.Count > 0 ? Coming[0] : null;

    /// <summary>How many other engagements are showing or coming besides the headline.</summary>
    public int OthersAhead => Math.Max(0, NowShowing.Count + Coming.Count - 1);
}

/// <summary>A table of engagements with its caption (also the name of its scrolling region).</summary>
public sealed record EngagementList(string Caption, IReadOnlyList<Engagement> Engagements);
