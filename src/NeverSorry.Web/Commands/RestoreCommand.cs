using System.CommandLine;
using NeverSorry.Content.Publishing;

namespace NeverSorry.Web.Commands;

/// <summary>
/// <c>restore &lt;version&gt; [--to &lt;live folder&gt;] [--dry-run]</c>: publishes a version from the history,
/// through the same checks and summary as a publish.
/// </summary>
internal sealed class RestoreCommand : LiveFolderVerb
{
    private readonly Argument<string> _version = Named("version", "the version to bring back, as history names it (e.g. 2026-11-26T130418Z)");

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "say what would change, and change nothing" };

    public RestoreCommand()
        : base("restore", "restore <version> [--to <live folder>] [--dry-run]", """
            Brings back a version that history lists, through the same checks and summary as a publish, and
            keeps the version it replaces, so a restore can be undone too. Nothing changes unless it exits 0.
            Exit codes: 0 restored or dry run, 1 content problems, 2 usage mistake, or no such version or folder.
            """)
    {
        Add(_version);
        Add(_dryRun);
        Add(PicturesReady.NoWaitOption());
        SetAction(parsed => PicturesReady.After(parsed, LiveFolderOf(parsed), AppArgumentsOf(parsed),
            Run(parsed.GetRequiredValue(_version), LiveFolderOf(parsed), parsed.GetValue(_dryRun), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error)));
    }

    private static int Run(string name, string live, bool dryRun, TextWriter output, TextWriter errors)
    {
        var version = new ContentHistory(live).Find(name);
        if (version is null)
        {
            errors.WriteLine($"There is no version '{name}'. 'history' lists the versions kept.");
            return 2;
        }
        return new ContentPublisher(TimeProvider.System, output, errors).Publish(version.Path, live, dryRun, $" to bring back {name}");
    }
}
