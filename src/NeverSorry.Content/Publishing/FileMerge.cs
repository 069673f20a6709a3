namespace NeverSorry.Content.Publishing;

/// <summary>
/// Two sets of changes to one folder, compared file by file against the version both started from: the live
/// folder's (a colleague's publish) and a working copy's. Changes to different files combine; a file both
/// changed differently is a conflict, which only staff can settle. Each side is path → content hash.
/// </summary>
public sealed class FileMerge
{
    public FileMerge(IReadOnlyDictionary<string, string> start, IReadOnlyDictionary<string, string> live, IReadOnlyDictionary<string, string> copy)
    {
        var all = start.Keys.Union(live.Keys).Union(copy.Keys).Order(StringComparer.Ordinal).ToList();
        ChangedOnLive = [.. all.Where(f => live.GetValueOrDefault(f) != start.GetValueOrDefault(f))];
        Conflicts = [.. ChangedOnLive.Where(f => copy.GetValueOrDefault(f) != start.GetValueOrDefault(f) && copy.GetValueOrDefault(f) != live.GetValueOrDefault(f))];
        FromLive = [.. ChangedOnLive.Except(Conflicts).Where(f => copy.GetValueOrDefault(f) != live.GetValueOrDefault(f))];

        var combined = new SortedDictionary<string, string>(copy.ToDictionary(), StringComparer.Ordinal);
        var newStart = new SortedDictionary<string, string>(live.ToDictionary(), StringComparer.Ordinal);
        foreach (var file in FromLive)
        {
            Set(combined, file, live.GetValueOrDefault(file));
        }
        foreach (var file in Conflicts)
        {
            // The copy still counts the file as changed from where it started, so the conflict stays until settled.
            Set(newStart, file, start.GetValueOrDefault(file));
        }
        Combined = combined;
        NewStart = newStart;
    }

    /// <summary>Files the live folder changed (added, edited or removed) since the start.</summary>
    public IReadOnlyList<string> ChangedOnLive { get; }

    /// <summary>Files both changed, differently.</summary>
    public IReadOnlyList<string> Conflicts { get; }

    /// <summary>Live changes the copy lacks and can take without losing anything of its own.</summary>
    public IReadOnlyList<string> FromLive { get; }

    /// <summary>The copy with <see cref="FromLive"/> taken in: both sides' changes.</summary>
    public IReadOnlyDictionary<string, string> Combined { get; }

    /// <summary>Where the copy starts from once it has taken <see cref="FromLive"/> in: the live files, except for conflicts.</summary>
    public IReadOnlyDictionary<string, string> NewStart { get; }

    private static void Set(SortedDictionary<string, string> files, string file, string? hash)
    {
        if (hash is null)
        {
            files.Remove(file);
        }
        else
        {
            files[file] = hash;
        }
    }
}
