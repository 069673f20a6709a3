using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>axe-core run in the page, its violations turned into one readable failure message.</summary>
public static class Axe
{
    /// <summary>The WCAG 2.0, 2.1 and 2.2 level A and AA rules and axe's best practices.</summary>
    public static IReadOnlyList<string> WcagAaAndBestPractices { get; } =
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

    public static Task AssertNoViolationsAsync(IPage page, string what) =>
        AssertNoViolationsAsync(page, what, new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagAaAndBestPractices] },
        });

    public static Task AssertNoViolationsOfRuleAsync(IPage page, string rule, string what) =>
        AssertNoViolationsAsync(page, what, new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "rule", Values = [rule] },
        });

    private static async Task AssertNoViolationsAsync(IPage page, string what, AxeRunOptions options)
    {
        options.ResultTypes = [ResultType.Violations];
        // The pages have no frames, so axe.run in the page itself (the "legacy" run) checks everything; the
        // frame-aware RunAxe opens a second page to finish every run, three to four times slower here.
        // Switch to RunAxe when the pages gain a frame (the trailer's player is one, but only after a click).
#pragma warning disable CS0618 // RunAxeLegacy is marked obsolete ("Legacy Mode is being removed"); chosen for speed, see above.
        var result = await page.RunAxeLegacy(options: options);
#pragma warning restore CS0618

        // A run that checked nothing (a blank page, a rule renamed by an axe upgrade) must not pass as clean.
        Assert.True(result.Passes.Length > 0, $"axe checked nothing on {what}.");
        Assert.True(result.Violations.Length == 0, $"axe found violations on {what}:{Environment.NewLine}{Describe(result.Violations)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine($"    {node.Target}: {node.Html}");
                foreach (var check in node.Any.Concat(node.All).Concat(node.None))
                {
                    text.AppendLine($"      {check.Message}");
                }
            }
        }
        return text.ToString();
    }
}
