using System.Text.Json.Nodes;
using NeverSorry.Content.Checking;
using NeverSorry.Content.Model;
using NeverSorry.Content.Schemas;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>content/README.md, the guide staff read before they edit: a cheap guard that it keeps up with the files.</summary>
public class StaffGuide
{
    private static readonly string s_path = Path.Combine(RepositoryPaths.Content, "README.md");

    public static TheoryData<string> FileNames => new(ContentFileNames.All);

    [Fact]
    public void Exists()
    {
        Assert.True(File.Exists(s_path), "content/README.md, the staff guide, is missing.");
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void NamesEveryContentFile(string fileName)
    {
        Assert.Contains($"`{fileName}`", Guide(), StringComparison.Ordinal);
    }

    [Fact]
    public void NamesEveryFileInTheContentFolder()
    {
        var guide = Guide();

        var unexplained = Directory.EnumerateFiles(RepositoryPaths.Content)
            .Select(Path.GetFileName)
            .Where(name => name != "README.md" && !guide.Contains($"`{name}`", StringComparison.Ordinal));

        Assert.Empty(unexplained);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("yyyy-MM-dd")]
    [InlineData("/healthz")]
    public void Explains(string topic)
    {
        Assert.Contains(topic, Guide(), StringComparison.Ordinal);
    }

    /// <summary>Every field staff may write in the file is explained (`field`) or shown in an example ("field":): a field nobody has heard of is never used.</summary>
    [Theory]
    [InlineData(ContentFiles.TheatricalRun)]
    [InlineData(ContentFiles.Film)]
    [InlineData(ContentFiles.Press)]
    public void NamesEveryFieldOf(string fileName)
    {
        var schema = File.ReadAllText(Path.Combine(RepositoryPaths.Content, ContentSchemas.FolderName, Path.ChangeExtension(fileName, ".schema.json")));
        var fields = FieldsOf(JsonNode.Parse(schema)!).Where(name => name != "$schema").Distinct().ToList();

        var guide = Guide();
        var unexplained = fields.Where(field => !guide.Contains($"`{field}`", StringComparison.Ordinal) && !guide.Contains($"\"{field}\":", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(fields);
        Assert.True(unexplained.Count == 0, $"The staff guide does not explain {string.Join(", ", unexplained)} of {fileName}.");
    }

    [Fact]
    public void StatesTheLimitsOfAnEngagementsCityAndAddress()
    {
        Assert.Contains($"at most {ContentValidator.CityChars} characters", Guide(), StringComparison.Ordinal);
        Assert.Contains($"at most {ContentValidator.AddressChars} characters", Guide(), StringComparison.Ordinal);
    }

    [Fact]
    public void StatesTheLimitsTheSiteEnforces()
    {
        var guide = Guide();

        Assert.Contains(ContentLimits.Words(ContentLimits.JsonFileBytes), guide, StringComparison.Ordinal);
        Assert.Contains(ContentLimits.Words(ContentLimits.MarkdownFileBytes), guide, StringComparison.Ordinal);
        Assert.Contains(ContentLimits.Words(ContentLimits.RenderedMarkdownChars), guide, StringComparison.Ordinal);
        Assert.Contains($"{ContentLimits.FirstYear} and {ContentLimits.LastYear}", guide, StringComparison.Ordinal);
    }

    [Fact]
    public void ItsExampleOfEachFileMakesAValidFolderToRebuildFrom()
    {
        using var folder = TempContentFolder.CopyOfReal();
        foreach (var fileName in ContentFileNames.All)
        {
            folder.With(fileName, ExampleOf(fileName));
        }

        var snapshot = folder.Load();

        Assert.Equal(3, snapshot.Festivals.Count);
        Assert.Equal(3, snapshot.Engagements.Count);
        Assert.Equal("Alison Klayman", snapshot.DirectorsStatement.FrontMatter.Author);
    }

    [Theory]
    [MemberData(nameof(OptionalFileNames))]
    public void NamesEveryOptionalFileAndFolder(string fileName)
    {
        Assert.Contains($"`{fileName}`", Guide(), StringComparison.Ordinal);
    }

    [Fact]
    public void StatesThePressLimits()
    {
        var guide = Guide();

        Assert.Contains($"from 1 to {FilmFactChecks.MostMinutes}", guide, StringComparison.Ordinal);
        Assert.Contains($"at most {FilmFactChecks.NameChars}", guide, StringComparison.Ordinal);
        Assert.Contains($"at most {FilmFactChecks.MostNames} in a list", guide, StringComparison.Ordinal);
        Assert.Contains($"at most {FilmFactChecks.FormatChars} characters", guide, StringComparison.Ordinal);
        Assert.Contains($"at most {FilmFactChecks.CreditChars}", guide, StringComparison.Ordinal);
        Assert.Contains($"at most {PressChecks.MostContacts}", guide, StringComparison.Ordinal);
        Assert.Contains($"at most {PressChecks.MostQuotes}", guide, StringComparison.Ordinal);
        Assert.Contains($"at most {PressChecks.ContactFieldChars} characters", guide, StringComparison.Ordinal);
        Assert.Contains($"{PressChecks.PhoneMinChars} to {PressChecks.PhoneMaxChars} characters", guide, StringComparison.Ordinal);
        Assert.Contains($"at most {PressChecks.QuoteChars} characters", guide, StringComparison.Ordinal);
        Assert.Contains($"at most {BiographyChecks.MostBiographies}", guide, StringComparison.Ordinal);
        Assert.Contains($"at most {BiographyChecks.NameChars} characters", guide, StringComparison.Ordinal);
    }

    /// <summary>The examples of press.json and of a biography load as they stand, as staff would copy them.</summary>
    [Fact]
    public void ItsExamplesOfPressAndABiographyAreValid()
    {
        using var folder = TempContentFolder.CopyOfReal().With(ContentFiles.Press, ExampleOf(ContentFiles.Press));
        Directory.CreateDirectory(Path.Combine(folder.Path, Biography.Folder));
        folder.With("bios/alison-klayman.md", ExampleOf("bios/alison-klayman.md"));

        var snapshot = folder.Load();

        Assert.Equal("press@example.org", Assert.Single(snapshot.Press.Contacts).Email);
        Assert.Single(snapshot.Press.Quotes);
        Assert.Equal(("Alison Klayman", "Director"), (Assert.Single(snapshot.Biographies).Name, snapshot.Biographies[0].Role));
        Assert.Empty(snapshot.Warnings);
    }

    /// <summary>The guide's example contact and quote are placeholders, never a real address or outlet.</summary>
    [Fact]
    public void ItsPressExampleUsesOnlyReservedAddresses()
    {
        var example = ExampleOf(ContentFiles.Press);

        Assert.All(System.Text.RegularExpressions.Regex.Matches(example, @"[\w.-]+@[\w.-]+|https://[^/""]+").Select(m => m.Value),
            address => Assert.EndsWith("example.org", address, StringComparison.Ordinal));
    }

    public static TheoryData<string> OptionalFileNames => new([.. ContentFiles.Optional, Biography.Folder + "/"]);

    [Fact]
    public void SaysWhereTheLogIs()
    {
        Assert.Contains("**Where the log is:**", Guide(), StringComparison.Ordinal);
    }

    /// <summary>The fenced block that follows the heading "### `file`" in the guide.</summary>
    private static string ExampleOf(string fileName)
    {
        var guide = Guide();
        var heading = guide.IndexOf($"### `{fileName}`\n", StringComparison.Ordinal);
        Assert.True(heading >= 0, $"The guide has no example of {fileName}.");
        var start = guide.IndexOf('\n', guide.IndexOf("```", heading, StringComparison.Ordinal)) + 1;
        var end = guide.IndexOf("\n```\n", start, StringComparison.Ordinal);
        return guide[start..(end + 1)];
    }

    /// <summary>The names under every "properties" of a JSON Schema, at any depth.</summary>
    private static IEnumerable<string> FieldsOf(JsonNode node) => node switch
    {
        JsonObject o => (o["properties"] is JsonObject properties ? properties.Select(p => p.Key) : [])
            .Concat(o.SelectMany(p => p.Value is null ? [] : FieldsOf(p.Value))),
        JsonArray a => a.SelectMany(item => item is null ? [] : FieldsOf(item)),
        _ => [],
    };

    private static string Guide() => File.ReadAllText(s_path);
}
