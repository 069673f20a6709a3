using System.Globalization;
using System.Text.RegularExpressions;
using NeverSorry.Content.Model;
using NeverSorry.Content.Schemas;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Unit.Commands;

/// <summary>The command-line verbs, as their console output reads: <c>validate</c>, which staff run before they deploy, and <c>schemas</c>.</summary>
public sealed partial class SiteCommandsTryRun : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public void Dispose()
    {
        _output.Dispose();
        _errors.Dispose();
    }

    [Fact]
    public void ValidateSaysInOneLineThatTheRealContentIsValid()
    {
        var exitCode = Run("validate", RepositoryPaths.Content);

        Assert.Equal(0, exitCode);
        var summary = Assert.Single(Lines(_output));
        Assert.StartsWith("content/ is valid", summary, StringComparison.Ordinal);
        Assert.Empty(Lines(_errors));
    }

    [Fact]
    public void ValidateListsEveryProblemOfEveryFileInOnePass()
    {
        var film = ContentText.Film().Replace("\"year\": 2012,", "\"year\": 2012", StringComparison.Ordinal);
        var run = ContentText.Run("""{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-07-20" }""");
        using var folder = TempContentFolder.CopyOfReal()
            .With(ContentFiles.Film, film)
            .With(ContentFiles.Festivals, "{\n  \"festivals\": [\n    { \"name\": \"Sundance Film Festival\", \"year\": 1812 }\n  ]\n}\n")
            .With(ContentFiles.TheatricalRun, run)
            .With(ContentFiles.Synopsis, "")
            .With(ContentFiles.DirectorsStatement, "---\ntitle: Director's Statement\nauhtor: Alison Klayman\n---\nText.\n");

        var exitCode = Run("validate", folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Empty(Lines(_output));
        var lines = Lines(_errors);
        var problems = lines.Select(line => ProblemLine().Match(line)).Where(match => match.Success).ToList();
        Assert.Equal(
            ContentFileNames.All.Select(folder.DisplayNameOf).Order(),
            problems.Select(match => match.Groups["file"].Value).Order());
        Assert.All(problems, match => Assert.NotEmpty(match.Groups["message"].Value.Trim()));
        Assert.Contains(lines, line => line.StartsWith($"{folder.DisplayNameOf(ContentFiles.Film)}:{ContentText.LineOf(film, "\"genre\"")}:{ContentText.ColumnOf(film, "\"genre\"")}: ", StringComparison.Ordinal) && line.Contains("comma is missing", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith($"{folder.DisplayNameOf(ContentFiles.Festivals)}:3:", StringComparison.Ordinal) && line.Contains("1812", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith($"{folder.DisplayNameOf(ContentFiles.TheatricalRun)}:{ContentText.LineOf(run, "IFC Center")}:{ContentText.ColumnOf(run, "\"end\"")}: ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith($"{folder.DisplayNameOf(ContentFiles.DirectorsStatement)}:3:", StringComparison.Ordinal) && line.Contains("'auhtor'", StringComparison.Ordinal));
        // Besides the problems, at most a closing count.
        Assert.All(lines.Except(problems.Select(match => match.Value)), line => Assert.Contains($"{problems.Count} problem", line, StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateNamesMarkdownNestedTooDeeplyInsteadOfAborting()
    {
        using var folder = TempContentFolder.CopyOfReal().With(ContentFiles.Synopsis, new string('>', 128) + " x\n");

        var exitCode = Run("validate", folder.Path);

        Assert.Equal(1, exitCode);
        var lines = Lines(_errors);
        Assert.Equal(2, lines.Count);
        Assert.StartsWith($"{folder.DisplayNameOf(ContentFiles.Synopsis)}:1:1: ", lines[0], StringComparison.Ordinal);
        Assert.Contains("nested", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateSaysWhenTheFolderDoesNotExist()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"neversorry-missing-{Guid.NewGuid():N}");

        var exitCode = Run("validate", missing);

        Assert.NotEqual(0, exitCode);
        var message = Assert.Single(Lines(_errors));
        Assert.Contains(missing, message, StringComparison.Ordinal);
        Assert.Contains("no such folder", message, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemasWritesEverySchemaIntoTheFoldersSchemasFolder()
    {
        using var folder = TempContentFolder.CopyOfReal();
        var schemaFolder = Path.Combine(folder.Path, ContentSchemas.FolderName);
        Directory.Delete(schemaFolder, recursive: true);

        var exitCode = Run("schemas", folder.Path);

        Assert.Equal(0, exitCode);
        Assert.All(ContentSchemas.Files, file => Assert.Equal(ContentSchemas.Generate(file.Type), File.ReadAllText(Path.Combine(schemaFolder, file.FileName))));
        Assert.Contains(schemaFolder, Assert.Single(Lines(_output)), StringComparison.Ordinal);
    }

    [Fact]
    public void SchemasSaysWhenTheFolderDoesNotExistAndCreatesNothing()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"neversorry-missing-{Guid.NewGuid():N}");

        var exitCode = Run("schemas", missing);

        Assert.Equal(2, exitCode);
        Assert.Equal($"{missing}: there is no such folder.", Assert.Single(Lines(_errors)));
        Assert.False(Directory.Exists(missing));
    }

    [Theory]
    [InlineData("--Content:Path={0}")]
    [InlineData("--Content:Path", "{0}")]
    public void ValidateWithoutAFolderChecksTheOneTheSettingsGive(params string[] settings)
    {
        using var folder = TempContentFolder.CopyOfReal();

        var exitCode = Run(["validate", .. settings.Select(setting => string.Format(CultureInfo.InvariantCulture, setting, folder.Path))]);

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"{folder.Name}/ is valid", Assert.Single(Lines(_output)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("export", "--base-url", "https://www.neversorry.example")]
    public void ExportWithoutAFolderSaysHowToCallIt(params string[] args)
    {
        var exitCode = Run(args);

        Assert.Equal(2, exitCode);
        var lines = Lines(_errors);
        Assert.Equal(3, lines.Count);
        Assert.Contains("'folder' missing", lines[0], StringComparison.Ordinal);
        Assert.Equal(
            ["Usage: never-sorry export <folder> [--base-url https://…]",
             "   or, from the repository: dotnet run --project src/NeverSorry.Web -- export <folder> [--base-url https://…]"],
            lines[1..]);
        Assert.Empty(_output.ToString());
    }

    [Theory]
    [InlineData("--base-url", "https://www.neversorry.example")]
    [InlineData("--base-url=https://www.neversorry.example")]
    public void ExportPassesTheBaseUrlOnAsTheSettingItIsAfterTheOtherSettings(params string[] baseUrl)
    {
        var parsed = SiteCommands.Parse(["export", "/tmp/site", .. baseUrl, "--Content:Path=/srv/content"]);

        var export = Assert.IsType<ExportCommand>(parsed.CommandResult.Command);
        Assert.Empty(parsed.Errors);
        Assert.Equal(["--Content:Path=/srv/content", "--Site:BaseUrl=https://www.neversorry.example"], export.AppArgumentsOf(parsed));
    }

    /// <summary>A mistyped option is not passed on as a setting, where the app would ignore it: it is named, and nothing runs.</summary>
    [Theory]
    [InlineData("'--bogus'", "validate", "--bogus")]
    [InlineData("'--strict'", "validate", "{0}", "--strict")]
    [InlineData("'another-folder'", "schemas", "{0}", "another-folder")]
    [InlineData("'--baseurl'", "export", "{0}/export", "--baseurl", "https://www.neversorry.example")]
    [InlineData("'--verbose'", "history", "--to", "{0}", "--verbose")]
    [InlineData("'--Content:Path' needs a value", "history", "--Content:Path")]
    public void AnArgumentThatIsNeitherAnOptionNorASettingIsAUsageMistake(string named, params string[] args)
    {
        using var folder = TempContentFolder.CopyOfReal();

        var exitCode = Run([.. args.Select(arg => string.Format(CultureInfo.InvariantCulture, arg, folder.Path))]);

        Assert.Equal(2, exitCode);
        var lines = Lines(_errors);
        Assert.Equal(3, lines.Count);
        Assert.Contains(named, lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"Usage: never-sorry {args[0]} ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"   or, from the repository: dotnet run --project src/NeverSorry.Web -- {args[0]} ", lines[2], StringComparison.Ordinal);
        Assert.Empty(_output.ToString());
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "export")));
    }

    [Theory]
    [InlineData("something-else")]
    [InlineData("--urls", "http://127.0.0.1:0")]
    [InlineData("--version")]
    [InlineData("-?")]
    [InlineData]
    public void LeavesAnythingElseToTheServer(params string[] args)
    {
        Assert.False(SiteCommands.IsVerb(args));
        Assert.Null(SiteCommands.TryRun(args, _output, _errors));
        Assert.Equal(args, SiteCommands.ServerArguments(args));
        Assert.Empty(_output.ToString());
        Assert.Empty(_errors.ToString());
    }

    private int? Run(params string[] args) => SiteCommands.TryRun(args, _output, _errors);

    private static List<string> Lines(StringWriter writer) =>
        writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>What staff are promised: <c>&lt;folder&gt;/&lt;file&gt;:&lt;line&gt;:&lt;column&gt;: &lt;what to do&gt;</c>.</summary>
    [GeneratedRegex(@"^(?<file>[^/:]+/[^/:]+):(?<line>[1-9][0-9]*):(?<column>[0-9]+): (?<message>.+)$")]
    private static partial Regex ProblemLine();
}
