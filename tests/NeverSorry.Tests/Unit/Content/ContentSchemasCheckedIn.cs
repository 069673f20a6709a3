using System.Text.Json;
using NeverSorry.Content.Schemas;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// The JSON Schemas in content/schemas/ that editors check staff's typing against: generated from the
/// records the site reads, and referenced by every JSON content file.
/// </summary>
public class ContentSchemasCheckedIn
{
    private const string Regenerate = "dotnet run --project src/NeverSorry.Web -- schemas";

    private static readonly string s_schemaFolder = Path.Combine(RepositoryPaths.Content, ContentSchemas.FolderName);

    public static TheoryData<string> SchemaFiles => new(ContentSchemas.Files.Select(file => file.FileName));

    public static TheoryData<string> JsonContentFiles => new(ContentFileNames.Json);

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void MatchTheSchemaGeneratedFromTheRecords(string fileName)
    {
        var type = ContentSchemas.Files.Single(file => file.FileName == fileName).Type;
        var path = Path.Combine(s_schemaFolder, fileName);

        var checkedIn = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;

        Assert.True(
            checkedIn == ContentSchemas.Generate(type),
            $"content/{ContentSchemas.FolderName}/{fileName} {(checkedIn is null ? "is missing" : $"differs from the schema of {type.Name}")}. Run `{Regenerate}` and commit the result.");
    }

    [Fact]
    public void AreExactlyTheGeneratedOnes()
    {
        var onDisk = Directory.EnumerateFiles(s_schemaFolder).Select(Path.GetFileName).Order();

        Assert.True(
            onDisk.SequenceEqual(ContentSchemas.Files.Select(file => file.FileName).Order()),
            $"content/{ContentSchemas.FolderName}/ holds [{string.Join(", ", onDisk)}]; delete what the site no longer generates and run `{Regenerate}`.");
    }

    [Theory]
    [MemberData(nameof(JsonContentFiles))]
    public void AreNamedByTheirContentFile(string fileName)
    {
        var expected = $"./{ContentSchemas.FolderName}/{Path.GetFileNameWithoutExtension(fileName)}.schema.json";

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Content, fileName)), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

        Assert.True(json.RootElement.TryGetProperty("$schema", out var schema), $"content/{fileName} has no \"$schema\": \"{expected}\" line.");
        Assert.Equal(expected, schema.GetString());
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Content, expected)), $"content/{fileName} names {expected}, which does not exist.");
        Assert.Contains(Path.GetFileName(expected), ContentSchemas.Files.Select(file => file.FileName));
    }
}
