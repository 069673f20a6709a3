using System.Diagnostics;
using AngleSharp.Html.Dom;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Content;

/// <summary>A reload swaps the whole snapshot at once: no visitor ever reads half the old run and half the new.</summary>
public class ContentSnapshotSwap
{
    private static readonly TimeSpan s_duration = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task EveryPageShowsOneWholeVersionWhileTheRunKeepsChanging()
    {
        // Version A has three engagements, B four; every theater's name ends with its version's letter.
        var versions = new Dictionary<char, string> { ['A'] = Run('A', 3), ['B'] = Run('B', 4) };
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.TheatricalRun, versions['A']);
        await using var site = new SiteFactory(content.Path);
        var client = site.CreateClient();
        await client.GetDocumentAsync(Pages.TheatricalRun);

        // The writer toggles the file as soon as the site shows its last version, so that every reload
        // happens while pages are being read, however slow the machine; for two seconds, and at least twice
        // (a busy machine may take longer than that to show the first edit).
        var writer = Task.Run(async () =>
        {
            var clock = Stopwatch.StartNew();
            var shown = new List<char>();
            while (clock.Elapsed < s_duration || shown.Count < 2)
            {
                var next = shown.Count % 2 == 0 ? 'B' : 'A';
                content.With(ContentFiles.TheatricalRun, versions[next]);
                if (await Eventually.AnswerAsync(async () => RunPage.Of(await client.GetDocumentAsync(Pages.TheatricalRun)).Version, seen => seen == next) != next)
                {
                    break;
                }
                shown.Add(next);
            }
            return shown;
        }, TestContext.Current.CancellationToken);
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var pages = new List<RunPage>();
            while (!writer.IsCompleted)
            {
                pages.Add(RunPage.Of(await client.GetDocumentAsync(Pages.TheatricalRun)));
            }
            return pages;
        }, TestContext.Current.CancellationToken));
        var pages = (await Task.WhenAll(readers)).SelectMany(seen => seen).ToList();
        var shown = await writer;

        Assert.All(pages, page => Assert.True(page.IsWholeVersion, $"A page mixed two versions: {page}"));
        Assert.True(shown.Count >= 2, $"The site followed only {shown.Count} edit(s): it did not show the next one within {Patience.Answer.TotalSeconds} s.");
    }

    private static string Run(char version, int engagements) => ContentText.Run(
        [.. Enumerable.Range(1, engagements).Select(i => $$"""{ "theater": "Screen {{i}} {{version}}", "start": "2012-07-27", "end": "2012-08-{{10 + i}}" }""")]);

    /// <summary>What the run page says about the engagements: its table, its timeline and its total.</summary>
    private sealed record RunPage(IReadOnlyList<string> Rows, IReadOnlyList<string> Bars, string Total)
    {
        public char Version => Rows.Count > 0 ? Rows[0][^1] : '?';

        /// <summary>Every row and bar from one version, and as many of them as that version has.</summary>
        public bool IsWholeVersion =>
            Rows.Concat(Bars).All(theater => theater[^1] == Version)
            && Rows.Count == (Version == 'A' ? 3 : 4)
            && Bars.Count == Rows.Count
            && Total == Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public static RunPage Of(IHtmlDocument page) => new(
            page.QuerySelectorAll("table.engagements tbody th").Select(th => th.ReadableText()).ToList(),
            page.QuerySelectorAll("figure.timeline .timeline__theater").Select(name => name.ReadableText()).ToList(),
            page.QuerySelector("main")!.Describe("Engagements").FirstChild!.ReadableText());

        public override string ToString() => $"rows [{string.Join(", ", Rows)}], bars [{string.Join(", ", Bars)}], total {Total}";
    }
}
