using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace NeverSorry.Web.Commands;

/// <summary>
/// The site's command line: a verb (validate, schemas, export, preview, publish, history, restore) as its first
/// argument runs instead of the server, and so does <c>--help</c>; anything else is the server's, untouched.
/// </summary>
internal static class SiteCommands
{
    /// <summary>
    /// The command staff and the operator type where the site is published: the launcher <c>never-sorry</c> in the
    /// publish folder (or a link to it on PATH), which runs the app from its folder.
    /// </summary>
    public const string Command = "never-sorry";

    /// <summary>The same verbs from a clone of the repository.</summary>
    public const string FromRepository = "dotnet run --project src/NeverSorry.Web --";

    private const string Description = """
        The Never Sorry site. Without a verb it runs as the web server, with settings such as
        --urls http://localhost:5148 or --Content:Path=/srv/never-sorry/content. A verb runs instead of it.
        Exit codes of a verb: 0 done, 1 content problems, 2 usage mistake or no such folder,
        3 (publish) the live folder changed since the working copy was made.
        '<verb> --help' says more about each verb.
        """;

    public static RootCommand Root()
    {
        var root = new RootCommand(Description)
        {
            new ValidateCommand(), new SchemasCommand(), new ExportCommand(),
            new PreviewCommand(), new DraftCommand(), new PublishCommand(), new HistoryCommand(), new RestoreCommand(),
        };
        root.HelpName = Command;
        // Only --help and -h: --version (and -? or /?) first would not be a verb, so the server would start instead.
        root.Options.Clear();
        var help = new HelpOption("--help", "-h");
        help.Action = new HelpAndUsage((HelpAction)help.Action!);
        root.Options.Add(help);
        return root;
    }

    /// <summary>Whether <paramref name="args"/> name a verb (or ask for help) rather than the server.</summary>
    public static bool IsVerb(string[] args) =>
        args is [var first, ..] && (first is "--help" or "-h" || Root().Subcommands.Any(verb => verb.Name == first));

    /// <summary>Parses a command line; the app's and the server's arguments pass through as typed (no @file expanded, no -abc split).</summary>
    public static ParseResult Parse(string[] args) =>
        Root().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null, EnablePosixBundling = false });

    /// <summary>
    /// The server's arguments: <c>preview &lt;folder&gt; [--urls …]</c> becomes the settings that serve the folder
    /// as a preview (<see cref="PreviewCommand.ServerArguments"/>); anything else is passed on as it is.
    /// </summary>
    public static string[] ServerArguments(string[] args)
    {
        if (args is not ["preview", ..])
        {
            return args;
        }
        // Help, or a preview called wrong, is left for TryRun to show.
        var parsed = Parse(args);
        return parsed is { CommandResult.Command: PreviewCommand preview, Action: not HelpAndUsage } && Mistakes(parsed, preview).Count == 0
            ? preview.ServerArguments(parsed)
            : args;
    }

    /// <summary>
    /// Runs the verb named by <paramref name="args"/> and returns its exit code, or returns null when the
    /// arguments are the server's: no verb, or a preview (which <see cref="ServerArguments"/> turns into them).
    /// </summary>
    public static int? TryRun(string[] args, TextWriter output, TextWriter errors)
    {
        if (!IsVerb(args))
        {
            return null;
        }
        var parsed = Parse(args);
        if (parsed is { CommandResult.Command: SiteVerb verb, Action: not HelpAndUsage })
        {
            if (Mistakes(parsed, verb) is { Count: > 0 } mistakes)
            {
                return UsageMistake(mistakes, verb, errors);
            }
            if (verb is PreviewCommand)
            {
                return null;
            }
        }
        // An unexpected failure is no content problem (exit 1): it goes on to fail the process, as it always did,
        // and Ctrl+C ends the process at once, as before.
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (ConfiguredFolderException ex)
        {
            errors.WriteLine(ex.Message);
            return 2;
        }
    }

    /// <summary>What is wrong with the command line: the parser's errors, else what the verb finds; none when it can run.</summary>
    private static IReadOnlyList<string> Mistakes(ParseResult parsed, SiteVerb verb) =>
        parsed.Errors.Count > 0 ? [.. parsed.Errors.Select(error => error.Message)]
        : verb.Mistake(parsed) is { } mistake ? [mistake]
        : [];

    /// <summary>What is wrong, then how to call the verb in both forms staff use; exit code 2.</summary>
    private static int UsageMistake(IReadOnlyList<string> mistakes, SiteVerb verb, TextWriter errors)
    {
        foreach (var mistake in mistakes)
        {
            errors.WriteLine(mistake);
        }
        // The same verbs where the site is published and from a clone: both forms, then.
        errors.WriteLine($"Usage: {Command} {verb.Usage}");
        errors.WriteLine($"   or, from the repository: {FromRepository} {verb.Usage}");
        return 2;
    }

    /// <summary>System.CommandLine's help (in the <see cref="Command"/> form), then what a verb passes on and the form from the repository.</summary>
    private sealed class HelpAndUsage(HelpAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            help.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var verb = parseResult.CommandResult.Command as SiteVerb;
            if (verb is not null)
            {
                output.WriteLine("Settings:");
                foreach (var line in verb.PassesOn.Split('\n'))
                {
                    output.WriteLine($"  {line}");
                }
                output.WriteLine();
            }
            output.WriteLine($"{Command} is in the folder the site is published to (or a link to it on PATH). From the repository:");
            output.WriteLine($"  {FromRepository} {verb?.Usage ?? "<verb> …"}");
            return 0;
        }
    }
}
