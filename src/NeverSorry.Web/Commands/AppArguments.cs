using NeverSorry.Content.Model;
using NeverSorry.Web.Live;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Commands;

/// <summary>
/// The app's settings given after a verb's own arguments and passed on to it, written as the server reads them:
/// <c>--Section:Key=value</c> or <c>--Section:Key value</c> (e.g. <c>--Content:Path=/srv/never-sorry/content</c>),
/// or one of the host's own, <c>--environment</c>, <c>--contentRoot</c> and <c>--urls</c>.
/// </summary>
internal static class AppArguments
{
    public const string Help = """
        The additional arguments are the app's settings, as the server reads them: --Section:Key=value
        or --Section:Key value, e.g. --Content:Path=/srv/never-sorry/content. Anything else is a usage mistake.
        """;

    private static readonly string[] s_hostSettings = ["environment", "contentRoot", "urls"];

    /// <summary>
    /// Why <paramref name="arguments"/> are not all settings, or null when they are. A mistyped option is refused,
    /// not passed on: the app would ignore <c>--dryrun</c>, and the publish would be real.
    /// </summary>
    public static string? Mistake(string verb, IReadOnlyList<string> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (!IsSetting(argument))
            {
                return $"{verb} does not know '{argument}': it is none of its options, nor a setting such as --Content:Path=/srv/never-sorry/content.";
            }
            if (!argument.Contains('=', StringComparison.Ordinal) && ++i == arguments.Count)
            {
                return $"'{argument}' needs a value: {argument}=….";
            }
        }
        return null;
    }

    /// <summary>
    /// The content folder the arguments configure (<c>Content:Path</c>), read as the site itself reads it: in the app's
    /// folder (the content root), from appsettings.json, appsettings.{Environment}.json, the environment and the arguments.
    /// </summary>
    /// <param name="instead">How else to name the folder, for the message when the setting names none, e.g. "give it with --to".</param>
    /// <exception cref="ConfiguredFolderException">The setting is not set (a published copy), or names no folder.</exception>
    public static ContentFolder ContentFolderOf(IReadOnlyList<string> arguments, string instead)
    {
        var builder = WebApplication.CreateSlimBuilder([.. arguments]);
        var configured = builder.Configuration[ContentPathSetting.Key];
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new ConfiguredFolderException(ContentPathSetting.NotSet(builder.Environment));
        }
        var folder = new ContentFolder(Path.Combine(builder.Environment.ContentRootPath, configured));
        if (!Directory.Exists(folder.Path))
        {
            throw new ConfiguredFolderException(
                $"{folder.Path}: there is no such folder. It is the configured {ContentPathSetting.Key}, from "
                + $"{ContentPathSetting.Origin(builder.Configuration, builder.Environment)}: correct it there, or {instead}.");
        }
        return folder;
    }

    /// <summary>The zone the site's times are shown in (<c>Site:TimeZone</c>), UTC where the machine does not know it.</summary>
    public static TimeZoneInfo TimeZoneOf(IReadOnlyList<string> arguments)
    {
        var builder = WebApplication.CreateSlimBuilder([.. arguments]);
        var configured = builder.Configuration[$"{SiteOptions.Section}:{nameof(SiteOptions.TimeZone)}"] ?? SiteOptions.DefaultTimeZone;
        return TimeZoneInfo.TryFindSystemTimeZoneById(configured, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    private static bool IsSetting(string argument)
    {
        if (!argument.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }
        var name = argument[2..].Split('=', 2)[0];
        return name.Contains(':', StringComparison.Ordinal) || s_hostSettings.Contains(name, StringComparer.OrdinalIgnoreCase);
    }
}
