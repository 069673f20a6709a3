using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.App;

/// <summary>
/// The built app run as a process, as after <c>dotnet publish</c>: what its exit code and console tell staff,
/// CI and the operator.
/// </summary>
[Collection(ProcessTier.Name)]
public class PublishedApp
{
    [Fact]
    public async Task ValidateExitsWithZeroOnTheRealContent()
    {
        var (exitCode, output) = await SiteProcess.RunAsync("validate", RepositoryPaths.Content);

        Assert.True(exitCode == 0, $"validate exited with {exitCode}:{Environment.NewLine}{output}");
        Assert.StartsWith("content/ is valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateExitsWithOneNamingTheFileAndLineOfEachProblem()
    {
        using var content = BrokenContent(out var location);

        var (exitCode, output) = await SiteProcess.RunAsync("validate", content.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains(Lines(output), line => line.StartsWith(location, StringComparison.Ordinal) && line.Contains("comma is missing", StringComparison.Ordinal));
        Assert.Contains(Lines(output), line => line.StartsWith($"{content.DisplayNameOf(ContentFiles.Synopsis)}:1:1: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HelpListsTheVerbsInsteadOfStartingTheServer()
    {
        var (exitCode, output) = await SiteProcess.RunAsync("--help");

        Assert.True(exitCode == 0, $"--help exited with {exitCode}:{Environment.NewLine}{output}");
        Assert.All(
            ["validate", "schemas", "export", "preview", "draft", "publish", "history", "restore"],
            verb => Assert.Contains(Lines(output), line => line.StartsWith(verb + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AUsageMistakeExitsWithTwo()
    {
        var (exitCode, output) = await SiteProcess.RunAsync("validate", RepositoryPaths.Content, "--strict");

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage: never-sorry validate [<folder>]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheServerStopsWithANonZeroExitCodeOnBrokenContentNamingTheFileAndLine()
    {
        using var content = BrokenContent(out var location);
        using var site = SiteProcess.Start([$"--Content:Path={content.Path}", "--urls", "http://127.0.0.1:0"]);

        var exitCode = await site.WaitForExitAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains(location, site.Output, StringComparison.Ordinal);
        Assert.Contains($"{content.DisplayNameOf(ContentFiles.Synopsis)}:1:1: ", site.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheServerStopsOnMarkdownNestedTooDeeplyNamingTheFileNotAStackTrace()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Synopsis, new string('>', 128) + " x\n");
        using var site = SiteProcess.Start([$"--Content:Path={content.Path}", "--urls", "http://127.0.0.1:0"]);

        var exitCode = await site.WaitForExitAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains($"{content.DisplayNameOf(ContentFiles.Synopsis)}:1:1: ", site.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Lines(site.Output), line => line.StartsWith("at ", StringComparison.Ordinal));
    }

    /// <summary>Two broken files: film.json lacks the comma after its year (found on the next line), synopsis.md is empty.</summary>
    private static TempContentFolder BrokenContent(out string filmProblemLocation)
    {
        var film = ContentText.Film().Replace("\"year\": 2012,", "\"year\": 2012", StringComparison.Ordinal);
        var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, film).With(ContentFiles.Synopsis, "");
        filmProblemLocation = $"{content.DisplayNameOf(ContentFiles.Film)}:{ContentText.LineOf(film, "\"genre\"")}:{ContentText.ColumnOf(film, "\"genre\"")}: ";
        return content;
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.TrimEntries);
}
