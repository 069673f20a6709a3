namespace NeverSorry.Web.Commands;

/// <summary>
/// Where a relative folder on the command line starts from: the folder the command was typed in, as with any
/// command-line tool. <c>dotnet run</c> starts a web project in its own folder (so it finds appsettings.json),
/// so its launch profile passes the folder it was typed in as <see cref="CallerDirectoryVariable"/>.
/// </summary>
internal static class CommandLinePaths
{
    /// <summary>Set by Properties/launchSettings.json to the shell's folder; absent when the app is run directly.</summary>
    public const string CallerDirectoryVariable = "NEVERSORRY_CALLER_DIRECTORY";

    public static string Full(string path) => Path.GetFullPath(path, CallerDirectory());

    private static string CallerDirectory()
    {
        // Where the shell has no PWD, dotnet run leaves "%PWD%" as it is: not a folder, so it is ignored.
        var caller = Environment.GetEnvironmentVariable(CallerDirectoryVariable);
        return caller is not null && Path.IsPathFullyQualified(caller) && Directory.Exists(caller) ? caller : Environment.CurrentDirectory;
    }
}
