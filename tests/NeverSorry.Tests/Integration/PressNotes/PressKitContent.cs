using System.Text.Json.Nodes;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.PressNotes;

/// <summary>Test content for the press notes: a press contact, a quote, two biographies and a named credit, all made up (example.org).</summary>
public static class PressKitContent
{
    public const string ContactEmail = "press@example.org";
    public const string ContactName = "Test Publicist";
    public const string Quote = "A made-up line of praise, written for the tests.";
    public const string Publication = "The Example Review";
    public const string CreditRole = "Editor";
    public const string CreditName = "Test Editor Née Ångström";
    public const string BioSentence = "This biography is test data, and its subject is made up.";

    public static TempContentFolder WithPressKit(this TempContentFolder folder)
    {
        folder.With("press.json", $$"""
            {
              "contacts": [ { "name": "{{ContactName}}", "role": "Publicist", "organization": "Example Press Office", "email": "{{ContactEmail}}", "phone": "+1 555 0100", "region": "United States" } ],
              "quotes": [ { "text": "{{Quote}}", "publication": "{{Publication}}", "author": "Test Critic" } ]
            }
            """);
        folder.WithBiography("test-director.md", "Test Director", "Director", $"{BioSentence}\n\nA second paragraph with *emphasis* and a [link](https://example.org/bio).\n");
        return folder.WithFilm(film => film["credits"]!.AsArray().Add(new JsonObject { ["role"] = CreditRole, ["name"] = CreditName }));
    }

    public static TempContentFolder WithBiography(this TempContentFolder folder, string file, string name, string role, string markdown)
    {
        Directory.CreateDirectory(Path.Combine(folder.Path, "bios"));
        return folder.With(Path.Combine("bios", file), $"---\nname: {name}\nrole: {role}\n---\n{markdown}");
    }
}
