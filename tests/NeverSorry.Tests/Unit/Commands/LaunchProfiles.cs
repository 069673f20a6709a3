using System.Text.Json.Nodes;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Unit.Commands;

/// <summary>What <c>dotnet run --project src/NeverSorry.Web</c> gives the app, from Properties/launchSettings.json.</summary>
public sealed class LaunchProfiles
{
    [Fact]
    public void EveryProfileTellsTheAppTheFolderTheCommandWasTypedIn()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "NeverSorry.Web", "Properties", "launchSettings.json")))!;

        var profiles = settings["profiles"]!.AsObject();
        Assert.NotEmpty(profiles);
        Assert.All(profiles, profile => Assert.Equal("%PWD%", (string?)profile.Value!["environmentVariables"]?[CommandLinePaths.CallerDirectoryVariable]));
    }
}
