using System.Globalization;

namespace NeverSorry.Content.Publishing;

/// <summary>How staff read a version: when it went live in the site's time zone, and who made it live how.</summary>
public static class VersionWords
{
    public static string When(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Fri 4 Dec 2026, 13:50 (2026-12-04T185032Z)": the time staff think in, and the name commands take.</summary>
    public static string Named(ContentVersion version, TimeZoneInfo zone) => $"{When(version.WentLive, zone)} ({version.Name})";

    /// <summary>"published by anna", "restored by bob: the version of …", and the versions nobody published.</summary>
    public static string How(ContentVersion version, ContentHistory history, TimeZoneInfo zone) => version.Kind switch
    {
        VersionKind.Published => $"published by {Who(version)}",
        VersionKind.Restored => $"restored by {Who(version)}: the version of {(history.Find(version.RestoredFrom ?? "") is { } restored ? Named(restored, zone) : version.RestoredFrom)}",
        VersionKind.Found => "saved in the live folder directly, not published (nobody's name recorded)",
        _ => "kept by an older site, which did not record who published it or when",
    };

    private static string Who(ContentVersion version) => version.By is "" ? "someone (no name recorded)" : version.By;
}
