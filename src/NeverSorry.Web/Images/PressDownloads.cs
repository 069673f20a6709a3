using NeverSorry.Content.Model;

namespace NeverSorry.Web.Images;

/// <summary>A file press take away from <c>/press</c>: where it is, the name it is saved under, and its size.</summary>
public sealed record PressDownload(string Url, string FileName, long Bytes);

/// <summary>The press page's downloads, each once it is made: the pictures in one ZIP and the press notes as a PDF.</summary>
public sealed record PressDownloads(PressDownload? Zip, PressDownload? Notes)
{
    /// <summary>The ZIP's size is its pictures' and the press notes' it holds (the captions and the ZIP's own records add a few KB).</summary>
    public static PressDownloads Of(Film film, PictureSet pictures)
    {
        var notes = pictures.PressNotes is { } pdf && pictures.Lengths.GetValueOrDefault(pdf.Name) is > 0 and var bytes
            ? new PressDownload(PictureUrls.PressNotes, NotesName(film.Title), bytes)
            : null;
        var zip = pictures.Zip is null ? null : new PressDownload(PictureUrls.StillsZip, StillsZip.DownloadName(film.Title), pictures.Sources.Sum(s => s.Length) + (notes?.Bytes ?? 0));
        return new(zip, notes);
    }

    /// <summary>The name a browser saves the press notes under, e.g. <c>ai-weiwei-never-sorry-press-notes.pdf</c>.</summary>
    public static string NotesName(string title) => Slug.Of($"{title} press notes") + ".pdf";
}
