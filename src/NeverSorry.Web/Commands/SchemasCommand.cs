using System.CommandLine;
using NeverSorry.Content.Model;
using NeverSorry.Content.Schemas;

namespace NeverSorry.Web.Commands;

/// <summary><c>schemas [&lt;folder&gt;]</c>: rewrites the JSON Schemas editors read from a content folder's schemas/.</summary>
internal sealed class SchemasCommand : ContentFolderVerb
{
    public SchemasCommand()
        : base("schemas", "schemas [<folder>]", $"""
            Rewrites the JSON Schemas in the content folder's {ContentSchemas.FolderName}/ from the records the site
            reads the files into, so editors flag mistakes as staff type.
            Exit codes: 0 written, 2 usage mistake or no such folder.
            """)
    {
        SetAction(parsed => Run(FolderOf(parsed), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
    }

    private static int Run(ContentFolder folder, TextWriter output, TextWriter errors)
    {
        // Writing would create the folder: a mistyped path would become an empty content folder.
        if (!Directory.Exists(folder.Path))
        {
            errors.WriteLine($"{folder.Path}: there is no such folder.");
            return 2;
        }
        var schemaFolder = folder.PathOf(ContentSchemas.FolderName);
        ContentSchemas.WriteAll(schemaFolder);
        output.WriteLine($"Wrote {ContentSchemas.Files.Count} schemas to {schemaFolder}.");
        return 0;
    }
}
