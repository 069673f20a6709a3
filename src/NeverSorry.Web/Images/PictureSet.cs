using System.Collections.Immutable;
using NeverSorry.Content.Pictures;

namespace NeverSorry.Web.Images;

/// <summary>
/// The pictures of one content snapshot: the files supplied, every file to be made from them, and which
/// of those are made already. Immutable: when the background work makes more, the snapshot is replaced by
/// one whose set says so, and the pages are rendered again with the new files.
/// </summary>
public sealed record PictureSet(IReadOnlyList<SourcePicture> Sources, IReadOnlyList<PlannedFile> Files, ImmutableHashSet<string> Ready)
{
    public static PictureSet Empty { get; } = new([], [], []);

    /// <summary>The picture that leads the home page: the first still with a file, else the poster.</summary>
    public SourcePicture? Lead => Sources.FirstOrDefault(s => !s.IsPoster) ?? (Sources.Count > 0 ? Sources[0] : null);

    public IEnumerable<PlannedFile> Pending => Files.Where(f => !Ready.Contains(f.Name));

    /// <summary>This set with more files made; itself when none of them is new to it (so nothing is rendered again for nothing).</summary>
    public PictureSet WithReady(IEnumerable<string> names)
    {
        var added = names.Where(n => !Ready.Contains(n) && Files.Any(f => f.Name == n)).ToList();
        return added.Count == 0 ? this : this with { Ready = Ready.Union(added) };
    }

    /// <summary>This set without the files <paramref name="inCache"/> no longer finds (deleted under the running site), so they are made again.</summary>
    public PictureSet WithLost(Func<string, bool> inCache)
    {
        var lost = Files.Where(f => IsReady(f) && !(f.Kind == PictureKind.Avif && GivenUp.Contains(f.Source!.Sha256)) && !inCache(f.Name)).Select(f => f.Name).ToList();
        return lost.Count == 0 ? this : this with { Ready = Ready.Except(lost) };
    }

    /// <summary>This set with a picture's AVIF given up: settled, but never offered.</summary>
    public PictureSet WithGivenUp(SourcePicture source, IEnumerable<string> avifNames) =>
        Sources.Contains(source) ? WithReady(avifNames) with { GivenUp = GivenUp.Add(source.Sha256) } : this;

    public bool IsReady(PlannedFile file) => Ready.Contains(file.Name);

    /// <summary>The sizes of one format of a picture, smallest first, once every one of them is made; else none.</summary>
    public IReadOnlyList<PlannedFile> Sizes(SourcePicture source, PictureKind kind)
    {
        var sizes = Files.Where(f => f.Source == source && f.Kind == kind).OrderBy(f => f.Width).ToList();
        return sizes.Count > 0 && sizes.All(IsReady) && !IsGivenUp(sizes) ? sizes : [];
    }

    public PlannedFile? Original(SourcePicture source) =>
        Files.FirstOrDefault(f => f.Source == source && f.Kind == PictureKind.Original && IsReady(f));

    /// <summary>
    /// The page's share card for a day whose run status is <paramref name="status"/>: the one that says it, else the
    /// one that names no status (never one that says another); drawn over the lead picture once that is made, else
    /// the typographic one.
    /// </summary>
    public PlannedFile? Card(string? page, string? status)
    {
        var path = page ?? "/";
        var cards = Files.Where(f => f.Kind is PictureKind.Card or PictureKind.StillCard && f.Page == path && IsReady(f)).ToList();
        return Best(cards.Where(f => f.Text?.Status == status)) ?? Best(cards.Where(f => f.Text?.Status is null));

        static PlannedFile? Best(IEnumerable<PlannedFile> cards) => cards.OrderBy(f => f.Kind == PictureKind.StillCard ? 0 : 1).FirstOrDefault();
    }

    public PlannedFile? Zip => Files.FirstOrDefault(f => f.Kind == PictureKind.Zip && IsReady(f));

    /// <summary>The press notes (PDF) once made.</summary>
    public PlannedFile? PressNotes => Files.FirstOrDefault(f => f.Kind == PictureKind.PressNotes && IsReady(f));

    /// <summary>The sizes in bytes of the made files the press page states (the press notes), by name.</summary>
    public ImmutableDictionary<string, long> Lengths { get; init; } = ImmutableDictionary<string, long>.Empty;

    /// <summary>This set knowing the size of a file it plans; itself for one it does not.</summary>
    public PictureSet WithLength(string name, long bytes) =>
        Files.Any(f => f.Name == name) && Lengths.GetValueOrDefault(name) != bytes ? this with { Lengths = Lengths.SetItem(name, bytes) } : this;

    /// <summary>
    /// The addresses of every file made, for the static export: the pages name some by absolute address
    /// (share cards) or in srcset, which a crawler of links does not follow. The ZIP and the press notes under their stable addresses.
    /// </summary>
    public IEnumerable<string> ExportPaths =>
        Files.Where(f => IsReady(f) && f.Kind is not (PictureKind.Zip or PictureKind.PressNotes) && !(f.Kind == PictureKind.Avif && GivenUp.Contains(f.Source!.Sha256)))
            .Select(f => f.Url)
            .Concat(Zip is null ? [] : [PictureUrls.StillsZip])
            .Concat(PressNotes is null ? [] : [PictureUrls.PressNotes]);

    /// <summary>An AVIF given up for its budget is "settled" with a marker, but its files are not there to offer.</summary>
    private bool IsGivenUp(List<PlannedFile> sizes) => sizes[0].Kind == PictureKind.Avif && GivenUp.Contains(sizes[0].Source!.Sha256);

    /// <summary>The pictures (by hash) whose AVIF was given up.</summary>
    public ImmutableHashSet<string> GivenUp { get; init; } = [];
}
