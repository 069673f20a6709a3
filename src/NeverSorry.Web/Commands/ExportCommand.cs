using System.CommandLine;
using NeverSorry.Web.Export;
using NeverSorry.Web.Live;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Commands;

/// <summary>
/// <c>export &lt;folder&gt; [--base-url https://…]</c>: checks the configured content as validate does, then
/// writes the site as static files (<see cref="StaticExport"/>).
/// </summary>
internal sealed class ExportCommand : SiteVerb
{
    private readonly Argument<string> _folder = Named("folder", "where to write the site: a new or empty folder");

    private readonly Option<string?> _baseUrl = new("--base-url")
    {
        Description = "the public site's address, for the pages' canonical links and sitemap.xml",
        HelpName = "https://…",
    };

    public ExportCommand()
        : base("export", "export <folder> [--base-url https://…]", """
            Checks the configured content as validate does, then writes the whole site as static files into
            <folder> (new or empty), for any web server or CDN to serve. On any problem it writes nothing.
            Exit codes: 0 exported, 1 content problems or broken links, 2 usage mistake or a folder or setting refused.
            """)
    {
        Add(_folder);
        Add(_baseUrl);
        SetAction(parsed => Run(CommandLinePaths.Full(parsed.GetRequiredValue(_folder)), AppArgumentsOf(parsed), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
    }

    /// <summary>The app's settings, with <c>--base-url X</c> spelled as the setting it is, <c>--Site:BaseUrl=X</c>.</summary>
    public override IReadOnlyList<string> AppArgumentsOf(ParseResult parsed) =>
        parsed.GetValue(_baseUrl) is { } baseUrl
            ? [.. parsed.UnmatchedTokens, $"--{SiteOptions.Section}:{nameof(SiteOptions.BaseUrl)}={baseUrl}"]
            : parsed.UnmatchedTokens;

    /// <summary>Refuses broken content with validate's own messages and exit code before it exports anything.</summary>
    private static int Run(string folder, IReadOnlyList<string> appArguments, TextWriter output, TextWriter errors)
    {
        var validated = ValidateCommand.Run(AppArguments.ContentFolderOf(appArguments, $"give it with --{ContentPathSetting.Key}=<folder>"), output, errors);
        // A console app has no synchronization context: waiting here cannot deadlock.
        return validated != 0 ? validated : StaticExport.RunAsync(folder, [.. appArguments], output, errors).GetAwaiter().GetResult();
    }
}
