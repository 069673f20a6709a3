using System.CommandLine;
using NeverSorry.Content.Model;

namespace NeverSorry.Web.Commands;

/// <summary>
/// A verb on one content folder, <c>validate [&lt;folder&gt;]</c> or <c>schemas [&lt;folder&gt;]</c>: the folder
/// given (relative to the folder the command was typed in), else the configured <c>Content:Path</c>.
/// </summary>
internal abstract class ContentFolderVerb : SiteVerb
{
    private readonly Argument<string?> _folder = new("folder")
    {
        Arity = ArgumentArity.ZeroOrOne,
        Description = "the content folder; without it, the configured Content:Path (where the site is published: appsettings.Production.json beside it, or Content__Path)",
    };

    protected ContentFolderVerb(string name, string usage, string description)
        : base(name, usage, description) => Add(_folder);

    /// <summary>
    /// The parser takes any first word for the folder: a setting in its place (<c>validate --Content:Path=…</c>)
    /// is the app's, the first of its arguments.
    /// </summary>
    public override IReadOnlyList<string> AppArgumentsOf(ParseResult parsed) =>
        parsed.GetValue(_folder) is { } word && word.StartsWith('-') ? [word, .. parsed.UnmatchedTokens] : parsed.UnmatchedTokens;

    protected ContentFolder FolderOf(ParseResult parsed) =>
        parsed.GetValue(_folder) is { } folder && !folder.StartsWith('-')
            ? new ContentFolder(CommandLinePaths.Full(folder))
            : AppArguments.ContentFolderOf(AppArgumentsOf(parsed), $"give the folder: {Name} <folder>");
}
