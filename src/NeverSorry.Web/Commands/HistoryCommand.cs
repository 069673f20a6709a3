using System.CommandLine;
using NeverSorry.Content.Publishing;

namespace NeverSorry.Web.Commands;

/// <summary><c>history [--to &lt;live folder&gt;]</c>: lists the versions publishes replaced, newest first.</summary>
internal sealed class HistoryCommand : LiveFolderVerb
{
    public HistoryCommand()
        : base("history", "history [--to <live folder>]", """
            Lists the versions of the live folder that publishes replaced, newest first, each with what the
            publish changed; restore brings one back.
            Exit codes: 0 listed (also when there are none yet), 2 usage mistake.
            """)
    {
        SetAction(parsed => Run(LiveFolderOf(parsed), parsed.InvocationConfiguration.Output));
    }

    private static int Run(string live, TextWriter output)
    {
        var history = new ContentHistory(live);
        var versions = history.List();
        if (versions.Count == 0)
        {
            output.WriteLine($"No earlier versions yet: {history.Folder} fills as you publish.");
            return 0;
        }
        output.WriteLine($"Earlier versions, newest first ({history.Folder}); 'restore <version>' brings one back:");
        foreach (var version in versions)
        {
            output.WriteLine($"{version.Name}  was live until a publish changed:");
            foreach (var line in version.Note)
            {
                output.WriteLine($"    {line}");
            }
        }
        return 0;
    }
}
