namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// A test that needs a tool the machine may lack (Chromium, nginx, html-validate) skips itself, saying why, or
/// fails where CI requires the tool. The reason is also sent as a diagnostic message, because dotnet test's
/// console shows a skipped test without its reason.
/// </summary>
public static class Prerequisites
{
    /// <param name="requiredVariable">The environment variable that, set to 1, turns the skip into a failure.</param>
    /// <param name="missing">What is missing and how to install it, e.g. "Chromium is not installed at … (apt-get install chromium)".</param>
    public static void Require(bool present, string requiredVariable, string missing)
    {
        if (present)
        {
            return;
        }
        Assert.False(Environment.GetEnvironmentVariable(requiredVariable) == "1", $"{missing}, and {requiredVariable}=1 requires it.");
        TestContext.Current.SendDiagnosticMessage($"Skipped {TestContext.Current.Test?.TestDisplayName}: {missing}.");
        Assert.Skip(missing + ".");
    }
}
