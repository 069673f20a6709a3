using System.Globalization;
using NeverSorry.Content.Model;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace NeverSorry.Web.PressNotes;

/// <summary>
/// Writes the press notes: the same facts as <c>/press</c> in the order a journalist reads them (title and
/// logline, facts, contacts, quotes, synopsis, the director's statement, biographies, credits, festivals), then
/// every picture with its caption, credit and terms. Sections without content are left out. The JPEGs are
/// embedded as they are (PDFsharp passes JPEG through), the fonts as subsets.
/// </summary>
internal static class NotesDocument
{
    /// <summary>The site runs in invariant globalization mode, whose month names are English.</summary>
    private static readonly CultureInfo s_english = CultureInfo.InvariantCulture;

    public static void Write(Stream output, NotesContent notes)
    {
        DejaVuFonts.Install();
        var film = notes.Film;
        using var document = new PdfDocument();
        document.Info.Title = $"{film.Title} ({film.Year}): press notes";
        document.Info.Subject = $"{film.Title} press notes";
        document.Info.Creator = $"The {film.Title} website";
        document.Options.CompressContentStreams = true;
        var images = new List<XImage>();
        try
        {
            using (var pages = new NotesPages(document))
            {
                Opening(pages, film);
                Facts(pages, film);
                Contacts(pages, notes.Content.Press.Contacts);
                Quotes(pages, notes.Content.Press.Quotes);
                Markdown(pages, "Synopsis", notes.Content.Synopsis.Html);
                Markdown(pages, "Director's statement", notes.Content.DirectorsStatement.Html);
                Biographies(pages, notes.Content.Biographies);
                Credits(pages, film);
                Festivals(pages, notes.Content.Festivals);
                Pictures(pages, notes.Stills, images);
                pages.Finish($"{film.Title} ({film.Year}): press notes");
            }
            document.Save(output, closeStream: false);
        }
        finally
        {
            images.ForEach(image => image.Dispose());
        }
    }

    private static void Opening(NotesPages pages, Film film)
    {
        pages.Text("Press notes", NotesPages.Subheading, muted: true, after: 2);
        pages.Text($"{film.Title} ({film.Year})", NotesPages.Title, after: 6);
        pages.Text($"A film by {film.Director}", NotesPages.Subheading, after: 8);
        if (!string.IsNullOrWhiteSpace(film.Logline))
        {
            pages.Text(film.Logline, NotesPages.Quote, after: 4);
        }
    }

    private static void Facts(NotesPages pages, Film film)
    {
        pages.Section("The film");
        pages.Labelled("Directed by", film.Director);
        if (film.RuntimeMinutes is { } minutes)
        {
            pages.Labelled("Running time", string.Create(s_english, $"{minutes} minutes"));
        }
        LabelledList(pages, film.Countries.Count == 1 ? "Country" : "Countries", film.Countries);
        LabelledList(pages, film.Languages.Count == 1 ? "Language" : "Languages", film.Languages);
        LabelledList(pages, "Subtitles", film.Subtitles);
        if (!string.IsNullOrWhiteSpace(film.Format))
        {
            pages.Labelled("Format", film.Format);
        }
        pages.Labelled("Genre", film.Genre);
        pages.Labelled("Rating", film.Rating.Display);
        pages.Labelled("Distributor", film.Distributor);
        pages.Labelled("Release", string.Create(s_english, $"{film.Release.Type}, opening {film.Release.Opening:MMMM d, yyyy}"));
    }

    private static void LabelledList(NotesPages pages, string label, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            pages.Labelled(label, string.Join(", ", values));
        }
    }

    private static void Contacts(NotesPages pages, IReadOnlyList<PressContact> contacts)
    {
        if (contacts.Count == 0)
        {
            return;
        }
        pages.Section(contacts.Count == 1 ? "Press contact" : "Press contacts");
        foreach (var contact in contacts)
        {
            var who = Join(", ", contact.Name, contact.Role, contact.Organization);
            pages.Text(who, NotesPages.BodyBold, after: 1);
            foreach (var line in new[] { contact.Region, contact.Email, contact.Phone }.Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                pages.Text(line!, NotesPages.Body, after: 1);
            }
            pages.Gap(6);
        }
    }

    private static void Quotes(NotesPages pages, IReadOnlyList<PressQuote> quotes)
    {
        if (quotes.Count == 0)
        {
            return;
        }
        pages.Section("What the press wrote");
        foreach (var quote in quotes)
        {
            pages.Text($"“{quote.Text}”", NotesPages.Quote, after: 2);
            var date = quote.Date?.ToString("MMMM d, yyyy", s_english);
            pages.Text("— " + Join(", ", quote.Author, quote.Publication, date), NotesPages.Body, muted: true, after: 8);
        }
    }

    private static void Markdown(NotesPages pages, string title, string html)
    {
        var paragraphs = HtmlParagraphs.Of(html);
        if (paragraphs.Count == 0)
        {
            return;
        }
        pages.Section(title);
        Paragraphs(pages, paragraphs);
    }

    private static void Biographies(NotesPages pages, IReadOnlyList<Biography> biographies)
    {
        if (biographies.Count == 0)
        {
            return;
        }
        pages.Section("Biographies");
        foreach (var biography in biographies)
        {
            pages.Room(60);
            pages.Text($"{biography.Name}, {biography.Role}", NotesPages.Subheading, after: 3);
            Paragraphs(pages, HtmlParagraphs.Of(biography.Page.Html));
            pages.Gap(4);
        }
    }

    private static void Paragraphs(NotesPages pages, IReadOnlyList<NotesParagraph> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            var font = paragraph.Style == NotesStyle.Subheading ? NotesPages.Subheading : NotesPages.Body;
            pages.Text(paragraph.Text, font, paragraph.Depth, paragraph.Marker, after: paragraph.Depth > 0 ? 2 : 6);
        }
    }

    private static void Credits(NotesPages pages, Film film)
    {
        var credits = film.NamedCredits.ToList();
        if (credits.Count == 0)
        {
            return;
        }
        pages.Section("Credits");
        foreach (var credit in credits)
        {
            pages.Labelled(credit.Role, credit.Name!);
        }
    }

    private static void Festivals(NotesPages pages, IReadOnlyList<Festival> festivals)
    {
        if (festivals.Count == 0)
        {
            return;
        }
        pages.Section("Festivals");
        foreach (var festival in festivals)
        {
            var award = string.IsNullOrWhiteSpace(festival.Award) ? "Official Selection" : festival.Award;
            pages.Text(string.Create(s_english, $"{festival.Name} {festival.Year} — {award}"), NotesPages.Body, after: 3);
        }
    }

    private static void Pictures(NotesPages pages, IReadOnlyList<NotesStill> stills, List<XImage> images)
    {
        if (stills.Count == 0)
        {
            return;
        }
        pages.Section("Pictures for press");
        pages.Text("Full-size files are in the ZIP of all pictures on the press page, under the names given here.", NotesPages.Body, muted: true, after: 8);
        foreach (var still in stills)
        {
            var image = XImage.FromStream(new MemoryStream(JfifJpeg.Of(File.ReadAllBytes(still.JpegPath))));
            images.Add(image);
            pages.Picture(image, keepWith: 48);
            var source = still.Source;
            pages.Text(source.Caption ?? source.Label, NotesPages.BodyBold, after: 2);
            if (!string.IsNullOrWhiteSpace(source.Credit))
            {
                pages.Text(source.Credit, NotesPages.Body, after: 2);
            }
            if (!string.IsNullOrWhiteSpace(source.Usage))
            {
                pages.Text($"Terms: {source.Usage}", NotesPages.Body, after: 2);
            }
            if (!string.IsNullOrWhiteSpace(source.Copyright))
            {
                pages.Text(source.Copyright, NotesPages.Body, after: 2);
            }
            pages.Text($"{still.DownloadName}, {source.Width} × {source.Height} px", NotesPages.Small, muted: true, after: 16);
        }
    }

    private static string Join(string separator, params string?[] parts) => string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
