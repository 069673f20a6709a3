using Microsoft.Extensions.Options;
using NeverSorry.Content.Model;
using NeverSorry.Web;
using NeverSorry.Web.Commands;
using Serilog;

args = SiteCommands.ServerArguments(args);
if (SiteCommands.TryRun(args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

// Two-stage logging: this console logger reports what goes wrong before the host's own logger
// (configured from appsettings.json) exists. It is local, not Serilog's static Log.Logger, so several
// test hosts can start side by side.
using var bootstrapLogger = new LoggerConfiguration().WriteTo.Console().CreateLogger();
try
{
    // Disposed even when start-up fails, so the console lifetime releases the process at once.
    await using var app = SiteApp.Build(args);
    await app.RunAsync();
    return 0;
}
catch (ContentException ex)
{
    // The problems were logged one per line as they were found; this is the closing word.
    bootstrapLogger.Fatal("The site did not start: {Count} content problem(s), listed above. Fix them and start again.", ex.Problems.Count);
    return 1;
}
catch (OptionsValidationException ex)
{
    // A setting missing or wrong (Content:Path not set for a published copy): what to fix, not a stack trace.
    foreach (var failure in ex.Failures)
    {
        bootstrapLogger.Fatal("The site did not start: {Failure}", failure);
    }
    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    bootstrapLogger.Fatal(ex, "The site stopped unexpectedly");
    return 1;
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
