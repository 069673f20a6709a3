using System.CommandLine;

namespace NeverSorry.Web.Commands;

/// <summary>
/// One of the site's verbs: a command that knows how staff call it (<see cref="Usage"/>, shown when they get it
/// wrong) and passes the words it does not know on to the app as its settings (<see cref="AppArguments"/>).
/// </summary>
internal abstract class SiteVerb : Command
{
    protected SiteVerb(string name, string usage, string description)
        : base(name, description)
    {
        Usage = usage;
        // Words the verb does not know are the app's settings (--Content:Path=…): kept in UnmatchedTokens, not errors.
        TreatUnmatchedTokensAsErrors = false;
    }

    /// <summary>The verb and its arguments as the usage lines show them, e.g. <c>export &lt;folder&gt; [--base-url https://…]</c>.</summary>
    public string Usage { get; }

    /// <summary>What help says, after the options, about the arguments the verb passes on.</summary>
    public virtual string PassesOn => AppArguments.Help;

    /// <summary>The arguments the verb passes on to the app: the words its own arguments and options did not take.</summary>
    public virtual IReadOnlyList<string> AppArgumentsOf(ParseResult parsed) => parsed.UnmatchedTokens;

    /// <summary>What is wrong beyond what the parser finds, or null: by default, what the verb passes on must be settings.</summary>
    public virtual string? Mistake(ParseResult parsed) => AppArguments.Mistake(Name, AppArgumentsOf(parsed));

    /// <summary>
    /// An argument that names something, a folder or a version. The parser takes any word for it, --Content:Path=…
    /// too: such a word means the name was left out (or put after the settings), as before, a usage mistake.
    /// </summary>
    protected static Argument<string> Named(string name, string description)
    {
        var argument = new Argument<string>(name) { Description = description };
        argument.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var word }] && word.StartsWith('-'))
            {
                result.AddError($"'{word}' is not a {name}: give the {name} first, then any settings.");
            }
        });
        return argument;
    }
}
