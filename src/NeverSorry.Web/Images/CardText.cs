using NeverSorry.Content.Model;
using NeverSorry.Web.Addresses;
using NeverSorry.Web.Laurels;

namespace NeverSorry.Web.Images;

/// <summary>
/// What a share card says: the page's name, the film's title, its year and director, the run's status on the
/// days the card is for (null on a card that names none), and the laurels it carries.
/// </summary>
public sealed record CardText(string Page, string Title, string Byline, string? Status, IReadOnlyList<Festival> Laurels)
{
    /// <summary>A card holds three laurels legibly: the prizes first, then the selections, each in the content's order.</summary>
    public const int MaxLaurels = 3;

    public static CardText Of(Film film, IReadOnlyList<Festival> festivals, SitePage page, string? status) =>
        new(page.Title, film.Title, $"{film.Year} · a film by {film.Director}", status,
            [.. festivals.Where(f => f.Award is not null).Concat(festivals.Where(f => f.Award is null)).Take(MaxLaurels)]);

    /// <summary>Everything drawn, for the hash in the card's name: change one word and the card is made anew.</summary>
    public IEnumerable<string> Drawn => [Page, Title, Byline, Status ?? "", .. Laurels.Select(Laurel)];

    /// <summary>The card in words, for og:image:alt: every word it shows, the status and the laurels included.</summary>
    public string Alt => string.Join(". ", new[]
    {
        $"{Page}: {Title}, {Byline}",
        Status,
        Laurels.Count == 0 ? null : "Laurels: " + string.Join("; ", Laurels.Select(Laurel)),
    }.OfType<string>()) + ".";

    /// <summary>"Official Selection, Sundance Film Festival 2012", as the laurel reads.</summary>
    private static string Laurel(Festival festival)
    {
        var lines = LaurelArt.Lines(festival);
        return lines.Count == 0 ? festival.Name : $"{lines[0]}, {string.Join(' ', lines.Skip(1))}";
    }
}
