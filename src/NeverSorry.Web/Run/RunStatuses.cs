using NeverSorry.Content.Model;

namespace NeverSorry.Web.Run;

/// <summary>
/// What <see cref="RunSchedule.Status"/> will say from one day on, each distinct sentence once, soonest first. It can
/// change only on the day an engagement opens or the day after one closes, so only those days are asked.
/// </summary>
public static class RunStatuses
{
    public static IReadOnlyList<string> From(DateOnly day, IReadOnlyList<Engagement> engagements, int max)
    {
        var changes = engagements
            .SelectMany(e => e.End < DateOnly.MaxValue ? [e.Start, e.End.AddDays(1)] : new[] { e.Start })
            .Where(d => d > day)
            .Append(day)
            .Distinct()
            .Order();
        return [.. changes.Select(d => RunSchedule.On(d, engagements).Status).OfType<string>().Distinct().Take(max)];
    }
}
