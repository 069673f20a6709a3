using System.Collections.Immutable;
using NeverSorry.Content.Files;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;
using NeverSorry.Web.Addresses;

namespace NeverSorry.Web.Images;

/// <summary>
/// Plans, for one content load, every file the pages need (the originals, three widths in AVIF, WebP and
/// JPEG, a share card per page, the ZIP), names each by the hash of what it is made from, and marks those
/// the cache holds already. Only the typographic cards are drawn here, at load (a few milliseconds each, and
/// every page needs one at once); the rest is made by <see cref="PictureWorker"/> in the background.
/// </summary>
internal sealed partial class PicturePlanner(PictureCache cache, ILogger<PicturePlanner> logger)
{
    private static readonly Lazy<string> s_fontHash = new(() =>
        ContentHash.Of([.. File.ReadAllBytes(ShareCardRenderer.BoldFont), .. File.ReadAllBytes(ShareCardRenderer.BookFont)]));

    public PictureSet Plan(Film film, IReadOnlyList<SourcePicture> sources)
    {
        var files = FilesOf(film, sources);
        DrawMissingCards(film, files);
        return InCache(new PictureSet(sources, files, []));
    }

    /// <summary>
    /// What <see cref="Plan"/> plans for this content, with what the cache holds now, without drawing anything:
    /// how a publish learns which files the site will make.
    /// </summary>
    public PictureSet Expect(Film film, IReadOnlyList<SourcePicture> sources) => InCache(new PictureSet(sources, FilesOf(film, sources), []));

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
        return new PictureSet(sources, files, ready) { GivenUp = [.. givenUp.Select(s => s.Sha256)] };
    }

    private static List<PlannedFile> FilesOf(Film film, IReadOnlyList<SourcePicture> sources)
    {
        var files = new List<PlannedFile>();
        foreach (var source in sources)
        {
            files.Add(new PlannedFile($"{source.Slug}.{source.Sha256[..10]}.{ImageFormats.Extension(source.Format)}", PictureKind.Original, source, source.Width, source.Height));
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
        foreach (var page in SitePages.ListedIn(Listed.Navigation))
        {
            var text = CardTextOf(film, page);
            var hash = Hash(PictureSettings.Version, s_fontHash.Value, text.Page, text.Title, text.Byline);
            files.Add(new PlannedFile($"card-{Slug.Of(page.Path, whenEmpty: "home")}.{hash}.png", PictureKind.Card, null, PictureSettings.CardWidth, PictureSettings.CardHeight, page.Path,
                $"{text.Page}: {text.Title}, {text.Byline}"));
            if (lead is not null)
            {
                var stillHash = Hash(PictureSettings.Version, s_fontHash.Value, lead.Sha256, text.Page, text.Title, text.Byline);
                files.Add(new PlannedFile($"card-{Slug.Of(page.Path, whenEmpty: "home")}-{lead.Slug}.{stillHash}.jpg", PictureKind.StillCard, lead, PictureSettings.CardWidth, PictureSettings.CardHeight, page.Path,
                    $"{lead.Alt} Over it: {text.Page}: {text.Title}, {text.Byline}"));
            }
        }
        if (sources.Count > 0)
        {
            var zipHash = Hash([PictureSettings.Version, StillsZip.Layout, .. PressFileNames.Of(film, sources), .. sources.Select(s => $"{s.Sha256} {s.Label} {s.Caption} {s.Credit} {s.Usage}")]);
            files.Add(new PlannedFile($"stills.{zipHash}.zip", PictureKind.Zip, null, 0, 0));
        }
        return files;
    }

    public static CardText CardTextOf(Film film, SitePage page) =>
        new(page.Title, film.Title, $"{film.Year} · a film by {film.Director}");

    private void DrawMissingCards(Film film, List<PlannedFile> files)
    {
        foreach (var card in files.Where(f => f.Kind == PictureKind.Card && !cache.Has(f.Name)))
        {
            try
            {
                var page = SitePages.ListedIn(Listed.Navigation).First(p => p.Path == card.Page);
                cache.Write(card.Name, ShareCardRenderer.Render(CardTextOf(film, page), picture: null));
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
