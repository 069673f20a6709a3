using System.Globalization;
using NeverSorry.Content.Model;

namespace NeverSorry.Tests.Unit.Models;

/// <summary>Engagement lists for the model tests: the film's real run, and made-up ones.</summary>
internal static class Engagements
{
    public static IReadOnlyList<Engagement> RealRun { get; } =
    [
        Of("IFC Center", "2012-07-27", "2012-11-08"),
        Of("Lincoln Plaza", "2012-07-27", "2012-08-16"),
        Of("Playhouse 7", "2012-08-03", "2012-08-23"),
        Of("The Landmark", "2012-08-03", "2012-08-16"),
        Of("Kendall Square Cinema", "2012-08-03", "2012-08-16"),
        Of("Town Center 5", "2012-08-03", "2012-08-09"),
        Of("IFC Center", "2012-12-28", "2013-01-10"),
    ];

    /// <summary>The real run and a two-week engagement in December 2026.</summary>
    public static IReadOnlyList<Engagement> WithReRelease { get; } = [.. RealRun, Of("IFC Center", "2026-12-04", "2026-12-17")];

    public static Engagement Of(string theater, string start, string end) => new()
    {
        Theater = theater,
        Start = DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        End = DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
