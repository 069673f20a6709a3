using System.Diagnostics.CodeAnalysis;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;

namespace NeverSorry.Web.Live;

/// <summary>
/// The content as the pages (and the pictures drawn with words, such as share cards) show it: staff's straight
/// quotes and apostrophes made typographic in every text from the JSON files and the front matter (the Markdown
/// bodies get theirs as they are read). The files, the checks and publish's list of changes keep what staff
/// wrote; addresses, file names, codes and YouTube ids are left as they are.
/// </summary>
public static class ShownContent
{
    public static ContentSnapshot Of(ContentSnapshot content) => content with
    {
        Film = Film(content.Film),
        Synopsis = Page(content.Synopsis),
        DirectorsStatement = Page(content.DirectorsStatement),
        Festivals = [.. content.Festivals.Select(f => f with { Name = Q(f.Name), Award = Q(f.Award) })],
        Engagements = [.. content.Engagements.Select(e => e with { Theater = Q(e.Theater), City = Q(e.City), Address = Q(e.Address) })],
        Press = Press(content.Press),
        Biographies = [.. content.Biographies.Select(b => b with { Name = Q(b.Name), Role = Q(b.Role), Page = Page(b.Page) })],
        SourcePictures = [.. content.SourcePictures.Select(p => p with
        {
            Alt = Q(p.Alt),
            Caption = Q(p.Caption),
            Credit = Q(p.Credit),
            Usage = Q(p.Usage),
            Copyright = Q(p.Copyright),
        })],
    };

    private static Film Film(Film film) => film with
    {
        Title = Q(film.Title),
        Genre = Q(film.Genre),
        Logline = Q(film.Logline),
        Countries = [.. film.Countries.Select(name => Q(name))],
        Languages = [.. film.Languages.Select(name => Q(name))],
        Subtitles = [.. film.Subtitles.Select(name => Q(name))],
        Format = Q(film.Format),
        Rating = film.Rating with { Reason = Q(film.Rating.Reason) },
        Distributor = Q(film.Distributor),
        Director = Q(film.Director),
        Release = film.Release with { Type = Q(film.Release.Type) },
        Credits = [.. film.Credits.Select(c => c with { Role = Q(c.Role), Name = Q(c.Name) })],
        Still = film.Still is { } still ? Still(still) : null,
        Stills = [.. film.Stills.Select(Still)],
        Poster = film.Poster is { } poster
            ? poster with { Alt = Q(poster.Alt), Credit = Q(poster.Credit), Usage = Q(poster.Usage), Copyright = Q(poster.Copyright) }
            : null,
        Links = [.. film.Links.Select(l => l with { Label = Q(l.Label) })],
        WatchAt = [.. film.WatchAt.Select(w => w with { Service = Q(w.Service) })],
    };

    private static Still Still(Still still) => still with
    {
        Caption = Q(still.Caption),
        Credit = Q(still.Credit),
        Alt = Q(still.Alt),
        Usage = Q(still.Usage),
        Copyright = Q(still.Copyright),
    };

    /// <summary>Email addresses, phone numbers and review addresses are left as written.</summary>
    private static PressKit Press(PressKit press) => press with
    {
        Contacts = [.. press.Contacts.Select(c => c with { Name = Q(c.Name), Role = Q(c.Role), Organization = Q(c.Organization), Region = Q(c.Region) })],
        Quotes = [.. press.Quotes.Select(q => q with { Text = Q(q.Text), Publication = Q(q.Publication), Author = Q(q.Author) })],
    };

    private static MarkdownPage Page(MarkdownPage page) => page with
    {
        FrontMatter = page.FrontMatter with
        {
            Title = Q(page.FrontMatter.Title),
            Description = Q(page.FrontMatter.Description),
            Author = Q(page.FrontMatter.Author),
            Name = Q(page.FrontMatter.Name),
            Role = Q(page.FrontMatter.Role),
        },
    };

    [return: NotNullIfNotNull(nameof(text))]
    private static string? Q(string? text) => SmartQuotes.Apply(text);
}
