using System.CommandLine;
using NeverSorry.Web.Live;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Commands;

/// <summary>
/// <c>preview &lt;folder&gt; [--urls …]</c>: the server itself, serving a working copy as the site would, marked
/// as a preview (<see cref="SiteOptions.Preview"/>). It has no action: <see cref="ServerArguments"/> turns it
/// into the server's arguments, and the server runs.
/// </summary>
internal sealed class PreviewCommand : SiteVerb
{
    private readonly Argument<string> _folder = Named("folder", "the working copy to serve");

    public PreviewCommand()
        : base("preview", "preview <folder> [--urls http://localhost:5150]", """
            Serves a working copy as the site would show it, with a "Preview — not public" banner on every page;
            search engines are told to keep out. Edits show within a second. Stop it with Ctrl+C.
            Exit codes: 0 stopped, 1 the site did not start (content problems) or failed, 2 usage mistake.
            """) => Add(_folder);

    public override string PassesOn => "The additional arguments go to the server as they are, e.g. --urls http://localhost:5150.";

    /// <summary>Whatever follows the folder is the server's, as it is for the server without a verb: nothing to check.</summary>
    public override string? Mistake(ParseResult parsed) => null;

    /// <summary>The server's arguments: the folder (relative to where the command was typed) and the preview mark, then the rest.</summary>
    public string[] ServerArguments(ParseResult parsed) =>
    [
        $"--{ContentOptions.Section}:{nameof(ContentOptions.Path)}={CommandLinePaths.Full(parsed.GetRequiredValue(_folder))}",
        $"--{SiteOptions.Section}:{nameof(SiteOptions.Preview)}=true",
        .. parsed.UnmatchedTokens,
    ];
}
