using System.Text.Json.Nodes;
using NeverSorry.Content.Model;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// A press kit at its fullest, plainly test data on example.org: two contacts, two quotes, two biographies (the
/// subject's file before the director's, so the page's order is the page's doing), the facts the repository's
/// content leaves out, a credit without a name, and generated pictures (a portrait poster, two landscape stills).
/// </summary>
public static class PressContent
{
    public const string ContactName = "Test Publicist";
    public const string ContactEmail = "press@example.org";
    public const string ContactPhone = "+1 212 555 0100";
    public const string ContactTel = "tel:+12125550100";
    public const string SecondContactName = "Second Test Contact";
    public const string FirstQuote = "A test quote, made up for the tests.";
    public const string QuoteUrl = "https://example.org/reviews/never-sorry";
    public const string SecondStillCaption = "A second generated test still.";
    public const string SecondStillCredit = "Generated in code by the tests";
    public const string UnnamedRole = "Test Role Without A Name";

    public static TempContentFolder WithPressKit(this TempContentFolder folder) => folder
        .WithStillsAndPoster()
        .With(ContentFiles.Press, $$"""
            {
              "contacts": [
                { "name": "{{ContactName}}", "role": "Publicist", "organization": "Example Press Office", "region": "United States", "email": "{{ContactEmail}}", "phone": "{{ContactPhone}}" },
                { "name": "{{SecondContactName}}", "organization": "Example International", "region": "International", "email": "international@example.org" }
              ],
              "quotes": [
                { "text": "{{FirstQuote}}", "publication": "The Example Review", "author": "A. Tester", "url": "{{QuoteUrl}}", "date": "2012-07-26" },
                { "text": "Another test quote, with no address.", "publication": "Example Weekly" }
              ]
            }
            """)
        .WithBiography("ai-weiwei.md", "Ai Weiwei", "Subject", "A test biography of the film's subject.")
        .WithBiography("alison-klayman.md", "Alison Klayman", "Director", "A test biography of the director.\n\nIts second paragraph.")
        .WithFilm(film =>
        {
            film["runtimeMinutes"] = 91;
            film["countries"] = new JsonArray("United States");
            film["languages"] = new JsonArray("Mandarin", "English");
            film["subtitles"] = new JsonArray("English");
            film["format"] = "DCP, color, 1.78:1";
            film["credits"] = new JsonArray(
                new JsonObject { ["role"] = "Director", ["name"] = "Alison Klayman" },
                new JsonObject { ["role"] = "Test Producer", ["name"] = "A Test Name" },
                new JsonObject { ["role"] = UnnamedRole });
        });

    public static TempContentFolder WithBiography(this TempContentFolder folder, string file, string name, string role, string markdown)
    {
        Directory.CreateDirectory(Path.Combine(folder.Path, Biography.Folder));
        return folder.With($"{Biography.Folder}/{file}", $"---\nname: {name}\nrole: {role}\n---\n{markdown}\n");
    }
}
