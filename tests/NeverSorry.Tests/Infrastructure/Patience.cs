namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// Every wait of the suite, in one place. Generous on purpose: a passing test stops waiting as soon as its
/// answer comes, so only a failing one pays for them, and a loaded 2-core CI machine can be ten times
/// slower than an idle one. Set TEST_PATIENCE_FACTOR (e.g. 2) to stretch them all on a slower machine.
/// </summary>
public static class Patience
{
    private static readonly double s_factor =
        double.TryParse(Environment.GetEnvironmentVariable("TEST_PATIENCE_FACTOR"), System.Globalization.CultureInfo.InvariantCulture, out var factor) && factor >= 1
            ? factor
            : 1;

    /// <summary>For the site to follow an edit, or to answer as expected (<see cref="Eventually"/>).</summary>
    public static TimeSpan Answer { get; } = Scaled(60);

    /// <summary>For a process started by a test (the app, an export, validate, nginx) to start or to end.</summary>
    public static TimeSpan Process { get; } = Scaled(180);

    /// <summary>For one browser action (navigation, a click, a script) in Chromium.</summary>
    public static TimeSpan Browser { get; } = Scaled(90);

    /// <summary>For one HTTP request to a server a test started.</summary>
    public static TimeSpan Request { get; } = Scaled(60);

    private static TimeSpan Scaled(double seconds) => TimeSpan.FromSeconds(seconds * s_factor);
}
