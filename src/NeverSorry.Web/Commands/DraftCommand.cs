using System.CommandLine;
using NeverSorry.Content.Publishing;

namespace NeverSorry.Web.Commands;

/// <summary>
/// <c>draft &lt;folder&gt; [--to &lt;live folder&gt;]</c>: makes a working copy of the live folder, or brings one up
/// to date with what went live since (<see cref="WorkingCopies"/>).
/// </summary>
internal sealed class DraftCommand : LiveFolderVerb
{
    private readonly Argument<string> _folder = Named("folder", "the working copy to make, or to bring up to date (e.g. ~/content-draft)");

    public DraftCommand()
        : base("draft", "draft <folder> [--to <live folder>]", """
            Makes a working copy of the live folder in a new or empty folder, remembering which live version it
            came from. Run again on the copy, it brings in what went live since and keeps your own changes,
            and names any file changed on both sides.
            Exit codes: 0 made or brought up to date, 2 usage mistake, no such live folder, or a publish still running.
            """)
    {
        Add(_folder);
        SetAction(parsed => new WorkingCopies(TimeZoneOf(parsed), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error)
            .Draft(CommandLinePaths.Full(parsed.GetRequiredValue(_folder)), LiveFolderOf(parsed), Environment.UserName));
    }
}
