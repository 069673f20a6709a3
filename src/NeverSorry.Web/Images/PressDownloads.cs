using NeverSorry.Content.Model;

namespace NeverSorry.Web.Images;

/// <summary>A file press take away from <c>/press</c>: where it is, the name it is saved under, and its size.</summary>
public sealed record PressDownload(string Url, string FileName, long Bytes);

/// <summary>The press page's downloads, each once it is made: the pictures in one ZIP and the press notes as a PDF.</summary>
public sealed record PressDownloads(PressDownload? Zip, PressDownload? Notes)
{
    public static PressDownloads Of(Film film, PictureSet pictures) => new(
        pictures.Zip is null ? null : new PressDownload(PictureUrls.StillsZip, StillsZip.DownloadName(film.Title), pictures.Sources.Sum(s => s.Length)),
        Notes: null);

    /// <summary>The name a browser saves the press notes under, e.g. <c>ai-weiwei-never-sorry-press-notes.pdf</c>.</summary>
    public static string NotesName(string title) => Slug.Of($"{title} press notes") + ".pdf";
}
