using System.CommandLine;
using NeverSorry.Content.Publishing;

namespace NeverSorry.Web.Commands;

/// <summary>
/// <c>publish &lt;working copy&gt; [--to &lt;live folder&gt;] [--dry-run]</c>: replaces the live content with a
/// working copy in one step, when the copy is valid as a whole (<see cref="ContentPublisher"/>).
/// </summary>
internal sealed class PublishCommand : LiveFolderVerb
{
    private readonly Argument<string> _from = Named("working copy", "the copy of the live folder you edited");

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "say what would change, and change nothing" };

    public PublishCommand()
        : base("publish", "publish <working copy> [--to <live folder>] [--dry-run]", """
            Checks a working copy as a whole, says what it changes in plain terms, and replaces the live files
            with it at once, keeping the version it replaces for restore. Nothing changes unless it exits 0.
            Exit codes: 0 published or dry run, 1 content problems, 2 usage mistake, no such folder, or the live folder itself.
            """)
    {
        Add(_from);
        Add(_dryRun);
        Add(PicturesReady.NoWaitOption());
        SetAction(parsed => PicturesReady.After(parsed, LiveFolderOf(parsed), AppArgumentsOf(parsed), new ContentPublisher(TimeProvider.System, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error)
            .Publish(CommandLinePaths.Full(parsed.GetRequiredValue(_from)), LiveFolderOf(parsed), parsed.GetValue(_dryRun))));
    }
}
