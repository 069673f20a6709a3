using NeverSorry.Content.Model;

namespace NeverSorry.Web.Run;

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

    /// <summary>
    /// The run in a few words for a share card or a heading: "Now showing at Film Forum", "Coming to Film Forum
    /// on August 3"; null when nothing is showing or coming.
    /// </summary>
    public string? Status => Headline switch
    {
        null => null,
        var e when e.StatusOn(Today) == EngagementStatus.NowShowing => $"Now showing at {e.Theater}",
        var e => $"Coming to {e.Theater} on {e.Start.ToString("MMMM d", System.Globalization.CultureInfo.InvariantCulture)}",
    };

    /// <summary>How many other engagements are showing or coming besides the headline.</summary>
    public int OthersAhead => Math.Max(0, NowShowing.Count + Coming.Count - 1);

    /// <summary>Up to this many engagements ahead are all named; past it, one fewer, and "N more" says the rest.</summary>
    public const int NamedAtMost = 4;

    /// <summary>The engagements ahead that the pages name, soonest first: all of them when few.</summary>
    public IReadOnlyList<Engagement> Named => Ahead.Count <= NamedAtMost ? Ahead : [.. Ahead.Take(NamedAtMost - 1)];

    /// <summary>How many engagements ahead are left unnamed, counted as "and N more".</summary>
    public int Unnamed => Ahead.Count - Named.Count;

    /// <summary>The totals of the engagements already over; null before the first one closes.</summary>
    public RunSummary? PastSummary => Past.Count == 0 ? null : RunSummary.Of(Past);
}
