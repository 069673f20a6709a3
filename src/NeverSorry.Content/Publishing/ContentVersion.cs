using System.Text.Json.Serialization;

namespace NeverSorry.Content.Publishing;

/// <summary>How a version came to be live.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VersionKind>))]
public enum VersionKind
{
    /// <summary>A working copy was published.</summary>
    Published,

    /// <summary>An earlier version was brought back (<see cref="ContentVersion.RestoredFrom"/>).</summary>
    Restored,

    /// <summary>
    /// The live folder as a publish, restore or draft found it when no version recorded it: before the first
    /// publish, or after someone saved files in the live folder itself. Kept so that nothing is lost.
    /// </summary>
    Found,

    /// <summary>A version kept by an older site, named by when it was replaced; who published it was not recorded.</summary>
    Replaced,
}

/// <summary>
/// One version of the live folder that went live: when, by whom, how, what it changed in plain words, and
/// its files (relative path → SHA-256 of the content, which <see cref="ContentHistory"/> keeps once).
/// </summary>
public sealed record ContentVersion(
    string Name,
    DateTimeOffset WentLive,
    string By,
    VersionKind Kind,
    IReadOnlyList<string> Changes,
    IReadOnlyDictionary<string, string> Files)
{
    /// <summary>The version a restore brought back, by its name.</summary>
    public string? RestoredFrom { get; init; }

    /// <summary>Where an older site kept this version's files as a plain copy (<see cref="VersionKind.Replaced"/>).</summary>
    [JsonIgnore]
    public string? CopyFolder { get; init; }

    /// <summary>Whether this version's files are exactly <paramref name="files"/>.</summary>
    public bool Holds(IReadOnlyDictionary<string, string> files) => ContentFileSet.Same(Files, files);
}
