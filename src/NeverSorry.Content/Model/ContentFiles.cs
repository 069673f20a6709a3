namespace NeverSorry.Content.Model;

/// <summary>The names of the content files: a contract with staff guides and tools.</summary>
public static class ContentFiles
{
    public const string Film = "film.json";
    public const string Festivals = "festivals.json";
    public const string TheatricalRun = "theatrical-run.json";
    public const string Synopsis = "synopsis.md";
    public const string DirectorsStatement = "directors-statement.md";

    public static IReadOnlyList<string> All { get; } = [Film, Festivals, TheatricalRun, Synopsis, DirectorsStatement];
}
