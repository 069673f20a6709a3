using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Content.Schemas;
using NeverSorry.Web.Export;
using NeverSorry.Web.Live;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Commands;

/// <summary>
/// The site's command-line verbs, run instead of the server:
/// <c>validate [folder]</c> checks a content folder; <c>schemas [folder]</c> rewrites its JSON Schemas.
/// Without a folder they use the configured <c>Content:Path</c>. <c>export &lt;folder&gt; [--base-url https://…]</c>
/// checks the configured content as validate does, then writes the site as static files.
/// </summary>
internal static class SiteCommands
{
    /// <summary>Runs the verb named by <paramref name="args"/>, or returns null when there is none.</summary>
    public static int? TryRun(string[] args, TextWriter output, TextWriter errors) => args switch
    {
        ["validate", .. var rest] => Validate(ContentFolderOf(rest), output, errors),
        ["schemas", .. var rest] => WriteSchemas(ContentFolderOf(rest), output),
        ["export", var folder, .. var rest] when !folder.StartsWith('-') => Export(CommandLinePaths.Full(folder), AppArguments(rest), output, errors),
        ["export", ..] => Usage("export <folder> [--base-url https://…]", errors),
        ["publish", var from, .. var rest] when !from.StartsWith('-') => StaffCommands.Publish(CommandLinePaths.Full(from), rest, LiveFolderOf, output, errors),
        ["publish", ..] => Usage("publish <working copy> [--to <live folder>] [--dry-run]", errors),
        ["history", .. var rest] => StaffCommands.History(rest, LiveFolderOf, output),
        ["restore", var version, .. var rest] when !version.StartsWith('-') => StaffCommands.Restore(version, rest, LiveFolderOf, output, errors),
        ["restore", ..] => Usage("restore <version> [--to <live folder>] [--dry-run]", errors),
        _ => null,
    };

    /// <summary>
    /// The server's arguments: <c>preview &lt;folder&gt; [--urls …]</c> serves a working copy as the site would,
    /// marked as a preview (<see cref="SiteOptions.Preview"/>); anything else is passed on as it is.
    /// </summary>
    public static string[] ServerArguments(string[] args) => args switch
    {
        ["preview", var folder, .. var rest] when !folder.StartsWith('-') =>
            [$"--{ContentOptions.Section}:{nameof(ContentOptions.Path)}={CommandLinePaths.Full(folder)}", $"--{SiteOptions.Section}:{nameof(SiteOptions.Preview)}=true", .. rest],
        _ => args,
    };

    private static int Validate(ContentFolder folder, TextWriter output, TextWriter errors)
    {
        if (!Directory.Exists(folder.Path))
        {
            errors.WriteLine($"{folder.Path}: there is no such folder.");
            return 2;
        }
        try
        {
            var snapshot = new ContentLoader(TimeProvider.System).Load(folder);
            // Warnings name what the pages leave out; the content is valid all the same.
            foreach (var warning in snapshot.Warnings)
            {
                errors.WriteLine(warning);
            }
            output.WriteLine($"{folder.DisplayName("")} is valid: {snapshot.Festivals.Count} festivals, {snapshot.Engagements.Count} engagements, synopsis and director's statement.");
            return 0;
        }
        catch (ContentException ex)
        {
            foreach (var problem in ex.Problems)
            {
                errors.WriteLine(problem);
            }
            errors.WriteLine($"{ex.Problems.Count} problem(s) found in {folder.DisplayName("")}.");
            return 1;
        }
    }

    /// <summary>Refuses broken content with validate's own messages and exit code before it exports anything.</summary>
    private static int Export(string folder, string[] appArguments, TextWriter output, TextWriter errors)
    {
        var validated = Validate(ContentFolderOf(appArguments), output, errors);
        // A console app has no synchronization context: waiting here cannot deadlock.
        return validated != 0 ? validated : StaticExport.RunAsync(folder, appArguments, output, errors).GetAwaiter().GetResult();
    }

    /// <summary>The app's configuration arguments, with <c>--base-url X</c> spelled as the setting it is, <c>--Site:BaseUrl=X</c>.</summary>
    private static string[] AppArguments(string[] rest)
    {
        var arguments = new List<string>();
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == "--base-url" && i + 1 < rest.Length)
            {
                arguments.Add($"--{SiteOptions.Section}:{nameof(SiteOptions.BaseUrl)}={rest[++i]}");
            }
            else if (rest[i].StartsWith("--base-url=", StringComparison.Ordinal))
            {
                arguments.Add($"--{SiteOptions.Section}:{nameof(SiteOptions.BaseUrl)}={rest[i]["--base-url=".Length..]}");
            }
            else
            {
                arguments.Add(rest[i]);
            }
        }
        return [.. arguments];
    }

    private static int Usage(string usage, TextWriter errors)
    {
        // Staff run the site from a clone; an operator runs the published app. Both forms, then.
        errors.WriteLine($"Usage: dotnet run --project src/NeverSorry.Web -- {usage}");
        errors.WriteLine($"   or, where the site is published: dotnet NeverSorry.Web.dll {usage}");
        return 2;
    }

    private static int WriteSchemas(ContentFolder folder, TextWriter output)
    {
        var schemaFolder = folder.PathOf(ContentSchemas.FolderName);
        ContentSchemas.WriteAll(schemaFolder);
        output.WriteLine($"Wrote {ContentSchemas.Files.Count} schemas to {schemaFolder}.");
        return 0;
    }

    /// <summary>The configured content folder, the live one a publish replaces.</summary>
    private static string LiveFolderOf(string[] appArguments) => ContentFolderOf(appArguments).Path;

    /// <summary>The folder given on the command line (relative to the folder the command was typed in), else the configured one.</summary>
    private static ContentFolder ContentFolderOf(string[] rest)
    {
        if (rest is [var folder, ..] && !folder.StartsWith('-'))
        {
            return new ContentFolder(CommandLinePaths.Full(folder));
        }
        var builder = WebApplication.CreateSlimBuilder(rest);
        var configured = builder.Configuration[$"{ContentOptions.Section}:{nameof(ContentOptions.Path)}"] ?? ".";
        return new ContentFolder(Path.Combine(builder.Environment.ContentRootPath, configured));
    }
}
