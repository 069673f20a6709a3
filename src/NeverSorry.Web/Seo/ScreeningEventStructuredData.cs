using System.Text.Json.Nodes;
using NeverSorry.Content.Model;
using NeverSorry.Web.Models;
using NeverSorry.Web.Run;

namespace NeverSorry.Web.Seo;

/// <summary>
/// The theatrical run as schema.org <c>ScreeningEvent</c>s (JSON-LD), one per engagement: the theater, the
/// first and the last day, and the film shown. The theater's address says only what the content says (no
/// postal code or country is guessed), and tickets are offered only while an engagement is showing or coming.
/// Every engagement the content lists is held as scheduled (the content has no cancellations), in the order of
/// the page: showing and coming first.
/// </summary>
public static class ScreeningEventStructuredData
{
    public static string For(Film film, RunSchedule schedule, Uri? filmUrl)
    {
        var events = new JsonArray();
        foreach (var engagement in schedule.Ahead)
        {
            events.Add(Event(film, engagement, filmUrl, onSale: true));
        }
        foreach (var engagement in schedule.Past)
        {
            events.Add(Event(film, engagement, filmUrl, onSale: false));
        }
        var graph = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = events };
        return MovieStructuredData.ToScriptText(graph);
    }

    private static JsonObject Event(Film film, Engagement engagement, Uri? filmUrl, bool onSale)
    {
        var screening = new JsonObject
        {
            ["@type"] = "ScreeningEvent",
            ["name"] = $"{film.Title} at {engagement.Theater}",
            ["startDate"] = MovieStructuredData.IsoDate(engagement.Start),
            ["endDate"] = MovieStructuredData.IsoDate(engagement.End),
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["location"] = Theater(engagement),
            ["workPresented"] = MovieStructuredData.Reference(film, filmUrl),
        };
        if (onSale && engagement.Tickets is { } tickets)
        {
            screening["offers"] = new JsonObject
            {
                ["@type"] = "Offer",
                ["url"] = tickets.AbsoluteUri,
                ["availability"] = "https://schema.org/InStock",
            };
        }
        return screening;
    }

    private static JsonObject Theater(Engagement engagement)
    {
        var theater = new JsonObject { ["@type"] = "MovieTheater", ["name"] = engagement.Theater };
        if (engagement.Address is null && engagement.City is null)
        {
            return theater;
        }
        // Staff write the address as one line: it goes whole into streetAddress rather than being cut into guessed parts.
        var address = new JsonObject { ["@type"] = "PostalAddress" };
        if (engagement.Address is { } street)
        {
            address["streetAddress"] = street;
        }
        if (engagement.City is { } city)
        {
            address["addressLocality"] = city;
        }
        theater["address"] = address;
        return theater;
    }
}
