using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Integration.App;

/// <summary>
/// A relative folder on the command line means a folder under the one the command was typed in, although
/// <c>dotnet run</c> starts the site in the web project's folder (which <see cref="SiteProcess"/> does too).
/// </summary>
[Collection(ProcessTier.Name)]
public class FoldersOnTheCommandLine
{
    [Fact]
    public async Task ValidateContentTypedAtTheRepositoryRootChecksTheRepositorysContentFolder()
    {
        using var site = SiteProcess.Start(["validate", "content"], new Dictionary<string, string> { [CommandLinePaths.CallerDirectoryVariable] = RepositoryPaths.Root });

        var exitCode = await site.WaitForExitAsync();

        Assert.True(exitCode == 0, $"validate exited with {exitCode}:{Environment.NewLine}{site.Output}");
        Assert.StartsWith("content/ is valid", site.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishResolvesBothFoldersAgainstTheFolderTheCommandWasTypedIn()
    {
        using var working = TempContentFolder.CopyOfReal();
        using var live = TempContentFolder.CopyOfReal();
        var caller = Path.GetDirectoryName(working.Path)!;
        using var site = SiteProcess.Start(["publish", working.Name, "--to", live.Name, "--dry-run"], new Dictionary<string, string> { [CommandLinePaths.CallerDirectoryVariable] = caller });

        var exitCode = await site.WaitForExitAsync();

        Assert.True(exitCode == 0, $"publish --dry-run exited with {exitCode}:{Environment.NewLine}{site.Output}");
        Assert.Contains(live.Path, site.Output, StringComparison.Ordinal);
    }
}
