using NeverSorry.Content.Publishing;

namespace NeverSorry.Web.Commands;

/// <summary>
/// The staff workflow's verbs: <c>publish &lt;working copy&gt; [--to &lt;live&gt;] [--dry-run]</c>,
/// <c>history [--to &lt;live&gt;]</c> and <c>restore &lt;version&gt; [--to &lt;live&gt;] [--dry-run]</c>. The live
/// folder is the configured <c>Content:Path</c> unless <c>--to</c> names another.
/// </summary>
internal static class StaffCommands
{
    public static int Publish(string from, string[] rest, Func<string[], string> liveFolder, TextWriter output, TextWriter errors)
    {
        var (live, dryRun) = Options(rest, liveFolder);
        return new ContentPublisher(TimeProvider.System, output, errors).Publish(from, live, dryRun);
    }

    public static int History(string[] rest, Func<string[], string> liveFolder, TextWriter output)
    {
        var (live, _) = Options(rest, liveFolder);
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

    public static int Restore(string name, string[] rest, Func<string[], string> liveFolder, TextWriter output, TextWriter errors)
    {
        var (live, dryRun) = Options(rest, liveFolder);
        var version = new ContentHistory(live).Find(name);
        if (version is null)
        {
            errors.WriteLine($"There is no version '{name}'. 'history' lists the versions kept.");
            return 2;
        }
        return new ContentPublisher(TimeProvider.System, output, errors).Publish(version.Path, live, dryRun, $" to bring back {name}");
    }

    /// <summary>The live folder (<c>--to</c>, else the one the app's own arguments configure) and <c>--dry-run</c>.</summary>
    private static (string Live, bool DryRun) Options(string[] rest, Func<string[], string> liveFolder)
    {
        string? to = null;
        var dryRun = false;
        var appArguments = new List<string>();
        for (var i = 0; i < rest.Length; i++)
        {
            switch (rest[i])
            {
                case "--to" when i + 1 < rest.Length:
                    to = CommandLinePaths.Full(rest[++i]);
                    break;
                case "--dry-run":
                    dryRun = true;
                    break;
                default:
                    appArguments.Add(rest[i]);
                    break;
            }
        }
        return (to ?? liveFolder([.. appArguments]), dryRun);
    }
}
