using Microsoft.Playwright;

namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>
/// Debian's Chromium, the one browser the tests drive: Playwright never downloads its own. Where it is not
/// installed the browser tests skip themselves, unless BROWSER_TESTS_REQUIRED=1 (set by CI) makes its
/// absence a failure.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Headless, and quiet: no update checks, sync or first-run pages that would reach the network.</summary>
    public static BrowserTypeLaunchOptions LaunchOptions { get; } = new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    };

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>Skips the calling test where Chromium is missing, or fails it where the browser tests are required.</summary>
    public static void SkipUnlessInstalled() =>
        Prerequisites.Require(IsInstalled, "BROWSER_TESTS_REQUIRED", $"Chromium is not installed at {ExecutablePath} (apt-get install chromium)");
}
