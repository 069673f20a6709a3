using System.Runtime.CompilerServices;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// The sites the tests start (in memory and as processes, which inherit the environment) do not watch their
/// appsettings files: each watcher is an inotify instance, a user may hold 128, and the suite keeps dozens of
/// sites alive at once. No test changes appsettings while a site runs; content is watched as ever.
/// </summary>
internal static class NoConfigWatchers
{
    [ModuleInitializer]
    internal static void Set() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
