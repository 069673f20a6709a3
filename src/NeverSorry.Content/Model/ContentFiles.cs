namespace NeverSorry.Content.Model;

/// <summary>The content files: their names (a contract with staff guides and tools) and, for JSON, the record each is read into.</summary>
public static class ContentFiles
{
    public const string Film = "film.json";
    public const string Festivals = "festivals.json";
    public const string TheatricalRun = "theatrical-run.json";
    public const string Synopsis = "synopsis.md";
    public const string DirectorsStatement = "directors-statement.md";

    /// <summary>Optional: press contacts and review quotes.</summary>
    public const string Press = "press.json";

    /// <summary>The files every content folder has: a missing one is a problem.</summary>
    public static IReadOnlyList<string> All { get; } = [Film, Festivals, TheatricalRun, Synopsis, DirectorsStatement];

    /// <summary>The files a folder may have: read, checked and counted in a page's last change when they are there.</summary>
    public static IReadOnlyList<string> Optional { get; } = [Press];

    public static JsonContentFile<Film> FilmJson { get; } = new(Film);

    public static JsonContentFile<FestivalList> FestivalsJson { get; } = new(Festivals);

    public static JsonContentFile<TheatricalRun> TheatricalRunJson { get; } = new(TheatricalRun);

    public static JsonContentFile<PressKit> PressJson { get; } = new(Press);

    /// <summary>Every JSON file: the loader reads them, the schemas are generated from them, the warm-up prepares them.</summary>
    public static IReadOnlyList<JsonContentFile> Json { get; } = [FilmJson, FestivalsJson, TheatricalRunJson, PressJson];
}

/// <summary>A JSON content file and the record it is read into.</summary>
public record JsonContentFile(string Name, Type Record)
{
    /// <summary>Its JSON Schema's file name in content/schemas/, e.g. <c>film.schema.json</c>.</summary>
    public string SchemaName => Path.ChangeExtension(Name, ".schema.json");
}

/// <inheritdoc cref="JsonContentFile"/>
public sealed record JsonContentFile<T>(string Name) : JsonContentFile(Name, typeof(T));
