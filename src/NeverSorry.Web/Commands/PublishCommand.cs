using System.CommandLine;
using NeverSorry.Content.Publishing;

namespace NeverSorry.Web.Commands;

/// <summary>
/// <c>publish &lt;working copy&gt; [--to &lt;live folder&gt;] [--dry-run] [--force] [--by &lt;name&gt;]</c>: replaces
/// the live content with a working copy in one step, when the copy is valid as a whole and nobody changed the
/// same files on live since it was made (<see cref="ContentPublisher"/>).
/// </summary>
internal sealed class PublishCommand : LiveFolderVerb
{
    private readonly Argument<string> _from = Named("working copy", "the working copy you edited, made by 'draft'");

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "say what would change, and change nothing" };

    private readonly Option<bool> _force = new("--force") { Description = "publish the copy as it is, even where the live folder changed since it was made" };

    private readonly Option<string?> _by = ByOption();

    public PublishCommand()
        : base("publish", "publish <working copy> [--to <live folder>] [--dry-run] [--force] [--by <name>] [--no-wait]", """
            Checks a working copy as a whole, says what it changes in plain terms, and replaces the live files
            with it at once, keeping every version in the history for restore. When the live folder changed
            since the copy was made, changes to other files are combined; a file you both changed is refused.
            Nothing changes unless it exits 0.
            Exit codes: 0 published or dry run, 1 content problems, 2 usage mistake, no such folder, the live
            folder itself, or another publish still running, 3 the live folder changed since the copy was made.
            """)
    {
        Add(_from);
        Add(_dryRun);
        Add(_force);
        Add(_by);
        Add(PicturesReady.NoWaitOption());
        SetAction(parsed => ChangeLive(parsed, (publisher, live) =>
            publisher.Publish(CommandLinePaths.Full(parsed.GetRequiredValue(_from)), live, new PublishOptions(parsed.GetValue(_dryRun), parsed.GetValue(_force), Who(parsed, _by)))));
    }
}
