using System.Diagnostics;
using Microsoft.Extensions.Options;
using NeverSorry.Content.Files;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;
using NeverSorry.Web.Images.Metadata;
using NeverSorry.Web.PressNotes;

namespace NeverSorry.Web.Images;

/// <summary>
/// The work of making a snapshot's missing picture files, one job per picture and kind, each returning
/// the names it made. The jobs read the source again and check its hash: a file replaced since the load
/// is left for the next load, whose names will differ.
/// </summary>
internal sealed class PictureJobs(PictureCache cache, IOptions<PictureOptions> options)
{
    /// <summary>The original (for download, with its words in its metadata) and its JPEG and WebP sizes, from one decoding.</summary>
    public IReadOnlyList<string> Sizes(Film film, SourcePicture source, IReadOnlyList<PlannedFile> pending)
    {
        var bytes = ReadVerified(source);
        if (bytes is null)
        {
            return [];
        }
        var made = new List<string>();
        foreach (var original in pending.Where(f => f.Kind == PictureKind.Original))
        {
            cache.Write(original.Name, PictureMetadata.Write(bytes, source.Format, PictureWords.Of(film.Title, source)));
            made.Add(original.Name);
        }
        var sizes = pending.Where(f => f.Kind is PictureKind.Jpeg or PictureKind.WebP).ToList();
        if (sizes.Count > 0)
        {
            using var decoded = PictureEncoder.Decode(bytes, sizes.Max(f => f.Width));
            foreach (var file in sizes)
            {
                cache.Write(file.Name, PictureEncoder.Encode(decoded, file.Width, file.Kind));
                made.Add(file.Name);
            }
        }
        return made;
    }

    /// <summary>
    /// The AVIF sizes, smallest first, within the time budget. The encoder cannot be stopped part-way, so the
    /// budget is checked between sizes: once spent, the rest is given up (remembered by a marker file).
    /// </summary>
    public (IReadOnlyList<string> Made, bool GivenUp) Avif(SourcePicture source, IReadOnlyList<PlannedFile> pending)
    {
        var bytes = ReadVerified(source);
        if (bytes is null || pending.Count == 0)
        {
            return ([], false);
        }
        var budget = TimeSpan.FromSeconds(options.Value.AvifBudgetSeconds);
        var clock = Stopwatch.StartNew();
        var made = new List<string>();
        var ordered = pending.OrderBy(f => f.Width).ToList();
        using var decoded = PictureEncoder.Decode(bytes, ordered[^1].Width);
        foreach (var file in ordered)
        {
            if (clock.Elapsed > budget)
            {
                cache.Write(PictureCache.GivenUpMarker(ordered[^1].Name), [(byte)'\n']);
                return (made, true);
            }
            cache.Write(file.Name, PictureEncoder.Encode(decoded, file.Width, PictureKind.Avif));
            made.Add(file.Name);
        }
        return (made, false);
    }

    /// <summary>A page's typographic card: another day's, or today's when the load could not draw it (the cache could not be written then).</summary>
    public IReadOnlyList<string> Card(PlannedFile card, PictureSet pictures)
    {
        if (!Plans(pictures, card))
        {
            return [];
        }
        cache.Write(card.Name, ShareCardRenderer.Render(card.Text!, picture: null, Focus.Middle));
        return [card.Name];
    }

    /// <summary>A page's card drawn over the lead picture, from its largest JPEG size when that is made.</summary>
    public IReadOnlyList<string> StillCard(PlannedFile card, PictureSet pictures)
    {
        if (!Plans(pictures, card))
        {
            return [];
        }
        var sizes = pictures.Sizes(card.Source!, PictureKind.Jpeg);
        var largest = sizes.Count > 0 ? sizes[^1] : null;
        var picture = largest is not null && cache.PathOf(largest.Name) is { } path && File.Exists(path) ? File.ReadAllBytes(path) : ReadVerified(card.Source!);
        if (picture is null)
        {
            return [];
        }
        cache.Write(card.Name, ShareCardRenderer.Render(card.Text!, picture, card.Source!.Focus));
        return [card.Name];
    }

    /// <summary>
    /// The ZIP of every original and the press notes, once each is in the cache (so it holds exactly the versions
    /// checked, and the PDF its name was planned with).
    /// </summary>
    public IReadOnlyList<string> Zip(Film film, PlannedFile zip, PictureSet pictures)
    {
        if (!Plans(pictures, zip))
        {
            return [];
        }
        var originals = pictures.Sources.Select(s => (Source: s, File: pictures.Original(s))).ToList();
        if (originals.Any(o => o.File is null) || pictures.PressNotes is not { } notes || !cache.Has(notes.Name))
        {
            return [];
        }
        cache.Write(zip.Name, stream => StillsZip.Write(stream, film, [.. originals.Select(o => (o.Source, cache.PathOf(o.File!.Name)!))], cache.PathOf(notes.Name)!));
        return [zip.Name];
    }

    /// <summary>The press notes (PDF), once every JPEG they print is in the cache; they print none when there are no pictures.</summary>
    public IReadOnlyList<string> PressNotes(ContentSnapshot content, PlannedFile notes, PictureSet pictures)
    {
        if (!Plans(pictures, notes))
        {
            return [];
        }
        var printed = NotesPlan.Pictures(pictures.Sources, pictures.Files);
        if (printed.Any(p => !pictures.IsReady(p.Jpeg) || !cache.Has(p.Jpeg.Name)))
        {
            return [];
        }
        var names = PressFileNames.Of(content.Film, pictures.Sources);
        var stills = printed.Select(p => new NotesStill(p.Source, names[p.Index], cache.PathOf(p.Jpeg.Name)!));
        cache.Write(notes.Name, stream => NotesDocument.Write(stream, new NotesContent(content, [.. stills])));
        return [notes.Name];
    }

    /// <summary>
    /// Whether the served set (which may come from a reload since the job was planned) still plans this
    /// file: its name hashes everything it is made from, so then its inputs are the ones to use.
    /// </summary>
    private static bool Plans(PictureSet pictures, PlannedFile file) => pictures.Files.Any(f => f.Name == file.Name);

    private static byte[]? ReadVerified(SourcePicture source)
    {
        var bytes = PictureFile.ReadAll(source.FullPath);
        return bytes is not null && ContentHash.Of(bytes) == source.Sha256 ? bytes : null;
    }
}
