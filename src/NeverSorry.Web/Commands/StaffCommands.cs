using NeverSorry.Web.Publishing;

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
        var (to, dryRun, appArguments) = Options(rest);
        return new ContentPublisher(TimeProvider.System, output, errors).Publish(from, to ?? liveFolder(appArguments), dryRun);
    }

    public static int History(string[] rest, Func<string[], string> liveFolder, TextWriter output)
    {
        var (to, _, appArguments) = Options(rest);
        var history = new ContentHistory(to ?? liveFolder(appArguments));
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
        var (to, dryRun, appArguments) = Options(rest);
        var live = to ?? liveFolder(appArguments);
        var version = new ContentHistory(live).Find(name);
        if (version is null)
        {
            errors.WriteLine($"There is no version '{name}'. 'history' lists the versions kept.");
            return 2;
        }
        return new ContentPublisher(TimeProvider.System, output, errors).Publish(version.Path, live, dryRun, $" to bring back {name}");
    }

    private static (string? To, bool DryRun, string[] AppArguments) Options(string[] rest)
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
        return (to, dryRun, [.. appArguments]);
    }
}
