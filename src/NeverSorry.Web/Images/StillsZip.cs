using System.IO.Compression;
using System.Text;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;

namespace NeverSorry.Web.Images;

/// <summary>
/// All the pictures press may download, in one ZIP: each original's bytes as staff supplied them (stored, not
/// compressed again: JPEG and PNG are compressed already) under the name the site gives it (<see cref="PressFileNames"/>),
/// a text file of their captions, credits and terms under those names, and the press notes (PDF).
/// </summary>
internal static class StillsZip
{
    public const string CaptionsName = "captions.txt";

    /// <summary>Part of the ZIP's cached name: bump when what is written changes, so a cached ZIP is made again.</summary>
    public const string Layout = "press-notes";

    /// <summary>The name a browser saves the ZIP under (the link's <c>download</c>, so nginx needs no header for it), e.g. <c>ai-weiwei-never-sorry-stills.zip</c>.</summary>
    public static string DownloadName(string title) => Slug.Of($"{title} stills") + ".zip";

    public static void Write(Stream output, Film film, IReadOnlyList<(SourcePicture Source, string OriginalPath)> pictures, string pressNotesPath)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var captions = new StringBuilder($"{film.Title} ({film.Year}): pictures for press\n");
        var names = PressFileNames.Of(film, [.. pictures.Select(p => p.Source)]);
        foreach (var ((source, path), name) in pictures.Zip(names))
        {
            Copy(zip, name, path);
            captions.Append('\n').Append(name).Append(" (").Append(source.Label).Append(", ").Append(source.Width).Append(" × ").Append(source.Height).Append(" px)\n");
            AppendLine(captions, "Caption", source.Caption);
            AppendLine(captions, "Credit", source.Credit);
            AppendLine(captions, "Terms", source.Usage);
            AppendLine(captions, "Description", source.Alt);
        }
        Copy(zip, PressDownloads.NotesName(film.Title), pressNotesPath);
        using var text = new StreamWriter(zip.CreateEntry(CaptionsName, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        text.Write(captions.ToString());
    }

    private static void Copy(ZipArchive zip, string name, string path)
    {
        using var to = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
        using var from = File.OpenRead(path);
        from.CopyTo(to);
    }

    private static void AppendLine(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append(label).Append(": ").Append(value).Append('\n');
        }
    }
}
