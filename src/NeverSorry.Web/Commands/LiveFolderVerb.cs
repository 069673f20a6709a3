using System.CommandLine;
using NeverSorry.Content.Publishing;

namespace NeverSorry.Web.Commands;

/// <summary>
/// A verb on the live content folder, <c>draft</c>, <c>publish</c>, <c>history</c> or <c>restore</c>: the folder
/// <c>--to</c> names (relative to the folder the command was typed in), else the configured <c>Content:Path</c>,
/// the one the running site reads. Times are shown in the site's <c>Site:TimeZone</c>.
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

    /// <summary>
    /// Publish or restore: changes what is live through a <see cref="ContentPublisher"/> on the live folder, then says
    /// when the pictures of what is live are ready (<see cref="PicturesReady"/>). The live folder is resolved once.
    /// </summary>
    protected int ChangeLive(ParseResult parsed, Func<ContentPublisher, string, int> change)
    {
        var live = LiveFolderOf(parsed);
        var publisher = new ContentPublisher(TimeProvider.System, TimeZoneOf(parsed), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error);
        return PicturesReady.After(parsed, live, AppArgumentsOf(parsed), change(publisher, live));
    }

    protected TimeZoneInfo TimeZoneOf(ParseResult parsed) => AppArguments.TimeZoneOf(AppArgumentsOf(parsed));

    /// <summary>The <c>--by</c> option of a verb that changes what is live: who history names.</summary>
    protected static Option<string?> ByOption() => new("--by")
    {
        Description = "your name, as history shows who made this version live; without it, your account's name",
        HelpName = "name",
    };

    protected static string Who(ParseResult parsed, Option<string?> by) =>
        parsed.GetValue(by) is { Length: > 0 } name ? name
        : Environment.GetEnvironmentVariable("SUDO_USER") is { Length: > 0 } sudoer ? sudoer
        : Environment.UserName;
}
