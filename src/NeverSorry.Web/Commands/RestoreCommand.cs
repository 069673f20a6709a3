using System.CommandLine;
using NeverSorry.Content.Publishing;

namespace NeverSorry.Web.Commands;

/// <summary>
/// <c>restore &lt;version&gt; [--to &lt;live folder&gt;] [--dry-run] [--by &lt;name&gt;]</c>: makes a version from the
/// history live again, through the same checks and summary as a publish, recorded as a restore.
/// </summary>
internal sealed class RestoreCommand : LiveFolderVerb
{
    private readonly Argument<string> _version = Named("version", "the version to bring back, as history names it (e.g. 2026-11-26T130418Z)");

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "say what would change, and change nothing" };

    private readonly Option<string?> _by = ByOption();

    public RestoreCommand()
        : base("restore", "restore <version> [--to <live folder>] [--dry-run] [--by <name>] [--no-wait]", """
            Brings back a version that history lists, through the same checks and summary as a publish. The
            history records it as a restore, and keeps the version it replaces, so a restore can be undone too.
            Nothing changes unless it exits 0.
            Exit codes: 0 restored or dry run, 1 content problems, 2 usage mistake, no such version or folder, or a publish still running.
            """)
    {
        Add(_version);
        Add(_dryRun);
        Add(_by);
        Add(PicturesReady.NoWaitOption());
        SetAction(parsed => ChangeLive(parsed, (publisher, live) =>
            publisher.Restore(parsed.GetRequiredValue(_version), live, new PublishOptions(parsed.GetValue(_dryRun), Force: true, Who(parsed, _by)))));
    }
}
