using System.ComponentModel;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;

namespace NeverSorry.Content.Schemas;

/// <summary>
/// JSON Schemas for the JSON content files, generated from the same records and serializer options the
/// site reads them with, so an editor such as VS Code flags a mistake while staff type.
/// </summary>
public static class ContentSchemas
{
    public const string FolderName = "schemas";

    /// <summary>Each schema file's name and the record it describes.</summary>
    public static IReadOnlyList<(string FileName, Type Type)> Files { get; } = [.. ContentFiles.Json.Select(file => (file.SchemaName, file.Record))];

    // Relaxed escaping keeps apostrophes and quotes readable in a file people open in an editor.
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Generate(Type type)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };
        var schema = JsonContentReader.Options.GetJsonSchemaAsNode(type, exporterOptions).AsObject();
        schema.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        return schema.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Writes every schema into <paramref name="schemaFolder"/>, replacing what is there.</summary>
    public static void WriteAll(string schemaFolder)
    {
        Directory.CreateDirectory(schemaFolder);
        foreach (var (fileName, type) in Files)
        {
            File.WriteAllText(Path.Combine(schemaFolder, fileName), Generate(type));
        }
    }

    /// <summary>
    /// Adds what editors can check as staff type beyond the shape: each member's [Description] (shown on
    /// hover), the date pattern, and that required text is not empty.
    /// </summary>
    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node)
        {
            return schema;
        }
        var type = context.TypeInfo.Type;
        if (type == typeof(DateOnly))
        {
            node["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
        }
        if (type == typeof(string) && context.PropertyInfo is { IsRequired: true })
        {
            node["minLength"] = 1;
        }
        var provider = context.PropertyInfo?.AttributeProvider ?? type;
        var description = provider.GetCustomAttributes(typeof(DescriptionAttribute), inherit: false)
            .OfType<DescriptionAttribute>().FirstOrDefault()?.Description;
        if (description is not null && !node.ContainsKey("description"))
        {
            node.Insert(0, "description", description);
        }
        return node;
    }
}
