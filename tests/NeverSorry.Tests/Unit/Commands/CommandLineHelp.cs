using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Unit.Commands;

/// <summary><c>--help</c> and <c>-h</c>: on the site itself they list the verbs, on a verb they say how to call it and what its exit codes mean.</summary>
public sealed class CommandLineHelp : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public void Dispose()
    {
        _output.Dispose();
        _errors.Dispose();
    }

    public static TheoryData<string, string[]> VerbsAndWhatTheyTake => new()
    {
        { "validate", ["<folder>"] },
        { "schemas", ["<folder>"] },
        { "export", ["<folder>", "--base-url <https://…>"] },
        { "preview", ["<folder>"] },
        { "draft", ["<folder>", "--to <live folder>"] },
        { "publish", ["<working copy>", "--to <live folder>", "--dry-run", "--force", "--by <name>", "--no-wait"] },
        { "history", ["--to <live folder>"] },
        { "restore", ["<version>", "--to <live folder>", "--dry-run", "--by <name>", "--no-wait"] },
    };

    [Theory]
    [MemberData(nameof(VerbsAndWhatTheyTake))]
    public void EveryVerbsHelpNamesItsArgumentsAndExitCodes(string verb, string[] arguments)
    {
        foreach (var help in new[] { "--help", "-h" })
        {
            _output.GetStringBuilder().Clear();

            var exitCode = SiteCommands.TryRun([verb, help], _output, _errors);

            Assert.Equal(0, exitCode);
            var text = _output.ToString();
            var lines = text.Split('\n', StringSplitOptions.TrimEntries);
            // The usage in the form typed where the site is published, then the same verb from the repository.
            Assert.Contains(lines, line => line.StartsWith($"never-sorry {verb} ", StringComparison.Ordinal));
            Assert.Contains(lines, line => line.StartsWith($"dotnet run --project src/NeverSorry.Web -- {verb} ", StringComparison.Ordinal));
            Assert.All(arguments, argument => Assert.Contains(argument, text, StringComparison.Ordinal));
            Assert.Contains(lines, line => line.StartsWith("Exit codes: 0 ", StringComparison.Ordinal) && line.Contains(", 2 usage mistake", StringComparison.Ordinal));
            Assert.DoesNotContain("NeverSorry.Web.dll", text, StringComparison.Ordinal);
            Assert.Empty(_errors.ToString());
        }
    }

    [Fact]
    public void HelpAfterTheArgumentsIsHelpAndRunsNothing()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"neversorry-missing-{Guid.NewGuid():N}");

        var exitCode = SiteCommands.TryRun(["publish", missing, "--to", missing, "--help"], _output, _errors);

        Assert.Equal(0, exitCode);
        Assert.Contains("<working copy>", _output.ToString(), StringComparison.Ordinal);
        Assert.Empty(_errors.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void TheSitesHelpListsEveryVerbAndSaysItIsAServerWithoutOne(string help)
    {
        Assert.True(SiteCommands.IsVerb([help]));

        var exitCode = SiteCommands.TryRun([help], _output, _errors);

        Assert.Equal(0, exitCode);
        var text = _output.ToString();
        Assert.All(VerbsAndWhatTheyTake, row => Assert.Contains($"  {row.Data.Item1} ", text, StringComparison.Ordinal));
        Assert.Contains("Without a verb it runs as the web server", text, StringComparison.Ordinal);
        var lines = text.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("never-sorry [command] [options]", lines);
        Assert.Contains(lines, line => line.StartsWith("never-sorry is in the folder the site is published to", StringComparison.Ordinal));
        Assert.Contains("dotnet run --project src/NeverSorry.Web -- <verb> …", lines);
        Assert.Empty(_errors.ToString());
    }
}
