using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;

namespace NeverSorry.Content.Loading;

/// <summary>
/// Everything the pages show, loaded, validated and rendered once. Immutable: a change of the files
/// builds a new snapshot instead of touching this one, so a request always sees one consistent version.
/// </summary>
public record ContentSnapshot(
    Film Film,
    MarkdownPage Synopsis,
    MarkdownPage DirectorsStatement,
    IReadOnlyList<Festival> Festivals,
    IReadOnlyList<Engagement> Engagements,
    DateTimeOffset LoadedAt)
{
    /// <summary>What the loader left out of the pages (e.g. a <c>javascript:</c> link); the content loads all the same.</summary>
    public IReadOnlyList<ContentProblem> Warnings { get; init; } = [];

    /// <summary>When each content file was last written, by file name (bios/ as a whole under "bios"): what a page's "last modified" is made of.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> FileTimes { get; init; } = new Dictionary<string, DateTimeOffset>();

    /// <summary>The pictures film.json names, checked, in the order it names them.</summary>
    public IReadOnlyList<SourcePicture> SourcePictures { get; init; } = [];

    /// <summary>Press contacts and review quotes from press.json; empty without the file.</summary>
    public PressKit Press { get; init; } = PressKit.Empty;

    /// <summary>The biographies in bios/, in the order of their file names.</summary>
    public IReadOnlyList<Biography> Biographies { get; init; } = [];

    /// <summary>The latest change among the given files; an optional file that is not there (press.json, bios) does not count.</summary>
    public DateTimeOffset LastModified(IEnumerable<string> fileNames) =>
        fileNames.Where(FileTimes.ContainsKey).Select(f => FileTimes[f]).DefaultIfEmpty(LoadedAt).Max();
}
