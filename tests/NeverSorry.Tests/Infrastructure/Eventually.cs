using System.Diagnostics;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// Waits for the site to catch up with an edit without a fixed sleep: asks again and again until the answer
/// is the one expected or the deadline passes, then returns the last answer, so a failing assertion shows
/// what the site said rather than only that time ran out.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(25);

    public static async Task<T> AnswerAsync<T>(Func<Task<T>> ask, Func<T, bool> expected, TimeSpan? patience = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var answer = await ask();
            if (expected(answer) || clock.Elapsed > (patience ?? Patience.Answer))
            {
                return answer;
            }
            await Task.Delay(s_interval, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The home page's h1 once it reads <paramref name="expected"/> (or the last one seen): the site has followed an edit.</summary>
    public static Task<string> HomeHeadingAsync(HttpClient client, string expected) =>
        AnswerAsync(
            async () => (await client.GetDocumentAsync(Pages.Home)).QuerySelector("h1")!.ReadableText(),
            heading => heading.StartsWith(expected, StringComparison.Ordinal));
}
