using System.Text.Json;
using NeverSorry.Content.Files;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Pictures;
using NeverSorry.Web.PressNotes;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Images;

/// <summary>
/// What the press notes of one content load are made from, for its name in the picture cache and for the job
/// that writes it: the content's words and the made JPEG each picture is printed from.
/// </summary>
internal static class NotesPlan
{
    /// <summary>Part of the PDF's cached name: bump when the layout changes, so the cached PDF is written again.</summary>
    public const string Layout = "1";

    /// <summary>About 180 dpi where a picture is printed: sharp on paper, and a few hundred KB a picture.</summary>
    private const double PixelsPerPoint = 2.5;

    private static readonly Lazy<string> s_fontHash = new(() =>
        ContentHash.Of([.. File.ReadAllBytes(SiteFonts.Bold), .. File.ReadAllBytes(SiteFonts.Book)]));

    /// <summary>
    /// Each picture with the JPEG size it is printed from: the smallest at least <see cref="PixelsPerPoint"/>
    /// times as wide as it is printed (the 1280 of a landscape still, the 960 of a portrait poster), else the largest.
    /// </summary>
    /// <returns>Each picture with its place among <paramref name="sources"/>, in their order.</returns>
    public static IReadOnlyList<(SourcePicture Source, int Index, PlannedFile Jpeg)> Pictures(IReadOnlyList<SourcePicture> sources, IEnumerable<PlannedFile> files)
    {
        var jpegs = files.Where(f => f.Kind == PictureKind.Jpeg).ToLookup(f => f.Source!);
        return [.. sources.Select((source, index) => (source, index)).Where(s => jpegs[s.source].Any()).Select(s =>
        {
            var needed = NotesPages.PrintedSize(s.source.Width, s.source.Height).Width * PixelsPerPoint;
            var sizes = jpegs[s.source].OrderBy(f => f.Width).ToList();
            return (s.source, s.index, sizes.FirstOrDefault(f => f.Width >= needed) ?? sizes[^1]);
        })];
    }

    /// <summary>Everything the PDF is made from, as text to hash: the layout, the fonts, every word printed and the JPEGs' names.</summary>
    public static IEnumerable<string> Inputs(ContentSnapshot content, IEnumerable<string> jpegNames) =>
    [
        Layout,
        s_fontHash.Value,
        JsonSerializer.Serialize(content.Film),
        JsonSerializer.Serialize(content.Press),
        JsonSerializer.Serialize(content.Festivals),
        content.Synopsis.Html,
        content.DirectorsStatement.Html,
        .. content.Biographies.Select(b => $"{b.Name}\n{b.Role}\n{b.Page.Html}"),
        .. content.SourcePictures.Select(s => $"{s.Sha256} {s.Label} {s.Caption} {s.Credit} {s.Usage} {s.Copyright}"),
        .. jpegNames,
    ];

    public static string FileName(string hash) => $"press-notes.{hash}.pdf";
}
