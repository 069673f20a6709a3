using System.Text.Json.Nodes;
using NeverSorry.Content.Model;

namespace NeverSorry.Web.Seo;

/// <summary>
/// The theatrical run as schema.org <c>ScreeningEvent</c>s (JSON-LD), one per engagement: the theater, the
/// first and the last day, and the film shown. The content knows theaters only by name, so a
/// <c>MovieTheater</c> carries its name and nothing else: no address is guessed. Every engagement the content
/// lists is held as scheduled (the content has no cancellations), in the order of the page: showing and coming first.
/// </summary>
public static class ScreeningEventStructuredData
{
    public static string For(Film film, IEnumerable<Engagement> engagements, Uri? filmUrl)
    {
        var events = new JsonArray();
        foreach (var engagement in engagements)
        {
            events.Add(new JsonObject
            {
                ["@type"] = "ScreeningEvent",
                ["name"] = $"{film.Title} at {engagement.Theater}",
                ["startDate"] = MovieStructuredData.IsoDate(engagement.Start),
                ["endDate"] = MovieStructuredData.IsoDate(engagement.End),
                ["eventStatus"] = "https://schema.org/EventScheduled",
                ["location"] = new JsonObject { ["@type"] = "MovieTheater", ["name"] = engagement.Theater },
                ["workPresented"] = MovieStructuredData.Reference(film, filmUrl),
            });
        }
        var graph = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = events };
        return MovieStructuredData.ToScriptText(graph);
    }
}
