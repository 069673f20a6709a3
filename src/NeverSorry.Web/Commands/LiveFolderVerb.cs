using System.CommandLine;

namespace NeverSorry.Web.Commands;

/// <summary>
/// A verb on the live content folder, <c>publish</c>, <c>history</c> or <c>restore</c>: the folder <c>--to</c>
/// names (relative to the folder the command was typed in), else the configured <c>Content:Path</c>, the one
/// the running site reads.
/// </summary>
internal abstract class LiveFolderVerb : SiteVerb
{
    private readonly Option<string?> _to = new("--to")
    {
        Description = "the live content folder; without it, the configured Content:Path (where the site is published: appsettings.Production.json beside it, or Content__Path)",
        HelpName = "live folder",
    };

    protected LiveFolderVerb(string name, string usage, string description)
        : base(name, usage, description) => Add(_to);

    protected string LiveFolderOf(ParseResult parsed) =>
        parsed.GetValue(_to) is { } to ? CommandLinePaths.Full(to) : AppArguments.ContentFolderOf(AppArgumentsOf(parsed), "give the live folder with --to").Path;
}
