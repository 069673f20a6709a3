using System.CommandLine;
using NeverSorry.Content.Files;
using NeverSorry.Content.Publishing;

namespace NeverSorry.Web.Commands;

/// <summary>
/// <c>history [--to &lt;live folder&gt;]</c>: lists the versions that went live, newest first: when (in
/// <c>Site:TimeZone</c>, and the name restore takes), by whom, what each changed, and which one is live now.
/// </summary>
internal sealed class HistoryCommand : LiveFolderVerb
{
    public HistoryCommand()
        : base("history", "history [--to <live folder>]", """
            Lists the versions that went live, newest first: when, who published or restored each, what it
            changed, and which one is live now; restore brings one back.
            Exit codes: 0 listed (also when there are none yet), 2 usage mistake.
            """)
    {
        SetAction(parsed => Run(LiveFolderOf(parsed), TimeZoneOf(parsed), parsed.InvocationConfiguration.Output));
    }

    private static int Run(string live, TimeZoneInfo zone, TextWriter output)
    {
        var history = new ContentHistory(live);
        SettleAnUnfinishedPublish(history, output);
        var versions = history.List();
        if (versions.Count == 0)
        {
            output.WriteLine($"No versions yet: {history.Folder} fills as you publish.");
            return 0;
        }
        var liveNow = history.Live(ContentFileSet.Of(live).Hashes);
        output.WriteLine($"Versions of {live}, newest first, times in {zone.Id}; 'restore <version>' brings one back.");
        if (liveNow is null)
        {
            output.WriteLine("Live now: none of these. Files were saved in the live folder directly since; the next publish keeps them as a version first.");
        }
        foreach (var version in versions)
        {
            var when = version.Kind == VersionKind.Replaced
                ? $"was live until {VersionWords.When(version.WentLive, zone)}"
                : $"went live {VersionWords.When(version.WentLive, zone)}";
            output.WriteLine();
            output.WriteLine($"{version.Name}  {when}, {VersionWords.How(version, history, zone)}{(version.Name == liveNow?.Name ? "  ← live now" : "")}");
            foreach (var change in version.Changes)
            {
                output.WriteLine($"    {FileNames.Shown(change)}");
            }
        }
        output.WriteLine();
        output.WriteLine($"History takes {Megabytes(history.Size())} in {history.Folder}: each file's content is kept once, however many of the {versions.Count} versions (at most {ContentHistory.Keep}) name it.");
        return 0;
    }

    /// <summary>
    /// What a publish stopped half-way left is cleaned up, and a version it made live recorded, so the list is true;
    /// only when no publish is running now (history never waits for one).
    /// </summary>
    private static void SettleAnUnfinishedPublish(ContentHistory history, TextWriter output)
    {
        if (!Directory.Exists(history.Folder))
        {
            return;
        }
        using var held = PublishLock.Take(history, "history", TimeSpan.Zero, TextWriter.Null, TextWriter.Null);
        if (held is not null)
        {
            foreach (var sentence in new ContentReleases(history).CleanUp())
            {
                output.WriteLine(sentence);
            }
        }
    }

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.0} MB";
}
