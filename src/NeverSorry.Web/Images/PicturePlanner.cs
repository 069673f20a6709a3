using System.Collections.Immutable;
using NeverSorry.Content.Files;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;
using NeverSorry.Web.Addresses;
using NeverSorry.Web.Images.Metadata;
using NeverSorry.Web.PressNotes;
using NeverSorry.Web.Run;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Images;

/// <summary>
/// Plans, for one content load, every file the pages need (the originals, five widths in AVIF, WebP and
/// JPEG, share cards, the press notes, the ZIP), names each by the hash of what it is made from, and marks those the cache
/// holds already. Only today's typographic cards are drawn here, at load (every page needs one at once); the
/// rest is made by <see cref="PictureWorker"/> in the background.
/// </summary>
internal sealed partial class PicturePlanner(PictureCache cache, SiteToday today, ILogger<PicturePlanner> logger)
{
    /// <summary>
    /// The most statuses a page's cards are planned for, from the load's day on: two cards each (typographic and
    /// over the lead still) on the two pages that say the status. A longer run falls back to the card that names
    /// none until the next load.
    /// </summary>
    public const int MaxStatuses = 8;

    /// <summary>The pages whose card says the run's status; the others' cards stay the same every day.</summary>
    public static readonly IReadOnlyList<SitePage> StatusPages = [SitePages.Home, SitePages.TheatricalRun];

    private static readonly Lazy<string> s_artHash = new(() =>
        ContentHash.Of([.. File.ReadAllBytes(CardPaint.BoldFont), .. File.ReadAllBytes(CardPaint.BookFont),
            .. System.Text.Encoding.UTF8.GetBytes(LaurelStamp.Art)]));

    public PictureSet Plan(ContentSnapshot content)
    {
        var files = FilesOf(content, today.Date);
        DrawMissingCards(files, RunSchedule.On(today.Date, content.Engagements).Status);
        return InCache(new PictureSet(content.SourcePictures, files, []));
    }

    /// <summary>
    /// What <see cref="Plan"/> plans for this content, with what the cache holds now, without drawing anything:
    /// how a publish learns which files the site will make.
    /// </summary>
    public PictureSet Expect(ContentSnapshot content) => InCache(new PictureSet(content.SourcePictures, FilesOf(content, today.Date), []));

    /// <summary>
    /// The set with what the cache holds now marked made, as a load marks it: a file that is there, and every AVIF
    /// size of a picture whose AVIF was given up (its marker is there).
    /// </summary>
    public PictureSet InCache(PictureSet pictures)
    {
        var (sources, files) = (pictures.Sources, pictures.Files);
        var ready = files.Where(f => cache.Has(f.Name)).Select(f => f.Name).ToImmutableHashSet();
        var givenUp = sources.Where(s => cache.Has(PictureCache.GivenUpMarker(files.Last(f => f.Source == s && f.Kind == PictureKind.Avif).Name))).ToList();
        ready = ready.Union(files.Where(f => f.Kind == PictureKind.Avif && givenUp.Contains(f.Source!)).Select(f => f.Name));
        var set = new PictureSet(sources, files, ready) { GivenUp = [.. givenUp.Select(s => s.Sha256)] };
        return set.PressNotes is { } notes ? set.WithLength(notes.Name, cache.LengthOf(notes.Name)) : set;
    }

    private static List<PlannedFile> FilesOf(ContentSnapshot content, DateOnly day)
    {
        var (film, sources) = (content.Film, content.SourcePictures);
        var files = new List<PlannedFile>();
        foreach (var source in sources)
        {
            // The original carries its words in its metadata: a new caption or title is a new file.
            var originalHash = Hash([source.Sha256, .. PictureWords.Of(film.Title, source).Hashed]);
            files.Add(new PlannedFile($"{source.Slug}.{originalHash}.{ImageFormats.Extension(source.Format)}", PictureKind.Original, source, source.Width, source.Height));
            foreach (var kind in (PictureKind[])[PictureKind.Jpeg, PictureKind.WebP, PictureKind.Avif])
            {
                foreach (var width in PictureSettings.WidthsFor(source.Width))
                {
                    var height = (int)Math.Round((double)source.Height * width / source.Width);
                    var hash = Hash(source.Sha256, PictureSettings.Describe(kind), width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    files.Add(new PlannedFile($"{source.Slug}-{width}.{hash}.{Extension(kind)}", kind, source, width, height));
                }
            }
        }
        var lead = new PictureSet(sources, [], []).Lead;
        var statuses = RunStatuses.From(day, content.Engagements, MaxStatuses);
        foreach (var page in SitePages.ListedIn(Listed.Navigation))
        {
            foreach (var status in StatusPages.Contains(page) ? [null, .. statuses] : new string?[] { null })
            {
                files.AddRange(CardsOf(CardText.Of(film, content.Festivals, page, status), page, lead));
            }
        }
        var notes = PressNotesOf(content, files);
        files.Add(notes);
        if (sources.Count > 0)
        {
            var zipHash = Hash([PictureSettings.Version, StillsZip.Layout, notes.Name, .. PressFileNames.Of(film, sources), .. sources.Select(s => $"{s.Sha256} {s.Label} {s.Caption} {s.Credit} {s.Usage}"),
                .. files.Where(f => f.Kind == PictureKind.Original).Select(f => f.Name)]);
            files.Add(new PlannedFile($"stills.{zipHash}.zip", PictureKind.Zip, null, 0, 0));
        }
        return files;
    }

    /// <summary>The press notes, planned with or without pictures: named by every word they print and the JPEGs they embed.</summary>
    private static PlannedFile PressNotesOf(ContentSnapshot content, IReadOnlyList<PlannedFile> files)
    {
        var jpegs = NotesPlan.Pictures(content.SourcePictures, files).Select(p => p.Jpeg.Name);
        return new PlannedFile(NotesPlan.FileName(Hash([PictureSettings.Version, .. NotesPlan.Inputs(content, jpegs)])), PictureKind.PressNotes, null, 0, 0);
    }

    /// <summary>A page's typographic card and, with a lead picture, its card over that picture (cropped around its focus).</summary>
    private static IEnumerable<PlannedFile> CardsOf(CardText text, SitePage page, SourcePicture? lead)
    {
        var name = $"card-{Slug.Of(page.Path, whenEmpty: "home")}{(text.Status is null ? "" : "-status")}";
        var hash = Hash([PictureSettings.Version, s_artHash.Value, .. text.Drawn]);
        yield return new PlannedFile($"{name}.{hash}.png", PictureKind.Card, null, PictureSettings.CardWidth, PictureSettings.CardHeight, page.Path, text);
        if (lead is not null)
        {
            var focus = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{lead.Focus.X} {lead.Focus.Y}");
            var stillHash = Hash([PictureSettings.Version, s_artHash.Value, lead.Sha256, focus, .. text.Drawn]);
            yield return new PlannedFile($"{name}-{lead.Slug}.{stillHash}.jpg", PictureKind.StillCard, lead, PictureSettings.CardWidth, PictureSettings.CardHeight, page.Path, text);
        }
    }

    /// <summary>The typographic cards the pages show today; the other days' are left to the background work.</summary>
    private void DrawMissingCards(List<PlannedFile> files, string? todaysStatus)
    {
        foreach (var card in files.Where(f => f.Kind == PictureKind.Card && (f.Text!.Status is null || f.Text.Status == todaysStatus) && !cache.Has(f.Name)))
        {
            try
            {
                cache.Write(card.Name, ShareCardRenderer.Render(card.Text!, picture: null, Focus.Middle));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NetVips.VipsException)
            {
                // Pages then go without a share card until the cache folder is usable; they still serve.
                LogCardFailed(ex, card.Name, cache.Folder);
            }
        }
    }

    private static string Extension(PictureKind kind) => kind switch
    {
        PictureKind.Avif => "avif",
        PictureKind.WebP => "webp",
        _ => "jpg",
    };

    private static string Hash(params string[] parts) => ContentHash.OfText(parts)[..10];

    [LoggerMessage(Level = LogLevel.Error, Message = "The share card {Name} could not be written to {Folder}")]
    private partial void LogCardFailed(Exception exception, string name, string folder);
}
