using NeverSorry.Content.Model;

namespace NeverSorry.Web.Run;

/// <summary>Where an engagement stands on a given day.</summary>
public enum EngagementStatus
{
    Coming,
    NowShowing,
    Past,
}

public static class EngagementStatusExtensions
{
    public static EngagementStatus StatusOn(this Engagement engagement, DateOnly today) =>
        today < engagement.Start ? EngagementStatus.Coming
        : today > engagement.End ? EngagementStatus.Past
        : EngagementStatus.NowShowing;
}
