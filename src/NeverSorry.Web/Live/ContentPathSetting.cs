using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;

namespace NeverSorry.Web.Live;

/// <summary>
/// <c>Content:Path</c>, the live content folder: the one the server serves and the commands use when no folder is
/// given. The repository's appsettings.json names <c>../../content</c> (from src/NeverSorry.Web); a published copy's
/// appsettings.json leaves it unset (null: NeverSorry.Web.csproj), since that path means nothing in a publish folder.
/// The operator sets it once for the server and the commands, in appsettings.Production.json beside the app or as
/// <c>Content__Path</c>, and until then both say so (<see cref="NotSet"/>) rather than use some folder.
/// </summary>
internal static class ContentPathSetting
{
    public const string Key = $"{ContentOptions.Section}:{nameof(ContentOptions.Path)}";

    /// <summary>What the site and the commands say while the setting is not set, and where to set it.</summary>
    public static string NotSet(IHostEnvironment environment) =>
        $"{Key} is not set for this published copy: write the live content folder in "
        + $"{Path.Combine(environment.ContentRootPath, $"appsettings.{environment.EnvironmentName}.json")} "
        + """as {"Content":{"Path":"/srv/never-sorry/content"}}, or set the environment variable Content__Path.""";

    /// <summary>
    /// Where the setting's value comes from, for a message about the folder it names: the settings file
    /// (e.g. /opt/never-sorry/appsettings.Production.json), the environment variable or the command line.
    /// </summary>
    public static string Origin(IConfiguration configuration, IHostEnvironment environment) =>
        (configuration as IConfigurationRoot)?.Providers.LastOrDefault(provider => provider.TryGet(Key, out _)) switch
        {
            FileConfigurationProvider file => Path.Combine(environment.ContentRootPath, file.Source.Path ?? ""),
            EnvironmentVariablesConfigurationProvider => "the environment variable Content__Path",
            CommandLineConfigurationProvider => $"--{Key} on the command line",
            _ => "the app's settings",
        };
}
