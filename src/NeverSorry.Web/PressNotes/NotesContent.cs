using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;

namespace NeverSorry.Web.PressNotes;

/// <summary>Everything the press notes print, taken from one content load, with the JPEG each picture is printed from.</summary>
internal sealed record NotesContent(ContentSnapshot Content, IReadOnlyList<NotesStill> Stills)
{
    public Film Film => Content.Film;
}

/// <summary>A picture in the press notes: its caption, credit and terms, the name it has in the ZIP, and the made JPEG printed.</summary>
internal sealed record NotesStill(SourcePicture Source, string DownloadName, string JpegPath);
