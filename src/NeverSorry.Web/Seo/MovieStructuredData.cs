using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NeverSorry.Web.Content;

namespace NeverSorry.Web.Seo;

/// <summary>
/// The schema.org <c>Movie</c> that search engines read from the home page (JSON-LD). Only facts the
/// content holds go in: no production company or trailer upload date is known, so none is claimed.
/// </summary>
public static class MovieStructuredData
{
    public static string For(Film film, string description, Uri? url)
    {
        var movie = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Movie",
            ["name"] = film.Title,
            ["description"] = description,
            ["genre"] = film.Genre,
            ["datePublished"] = film.Release.Opening.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["contentRating"] = $"MPAA {film.Rating.Code}",
            ["director"] = new JsonObject { ["@type"] = "Person", ["name"] = film.Director },
        };
        if (url is not null)
        {
            movie["url"] = url.AbsoluteUri;
        }
        if (film.Trailer is { } trailer)
        {
            movie["trailer"] = new JsonObject
            {
                ["@type"] = "VideoObject",
                ["name"] = $"{film.Title} trailer",
                ["description"] = $"The trailer of {film.Title}.",
                ["embedUrl"] = $"https://www.youtube-nocookie.com/embed/{trailer.YoutubeId}",
                ["thumbnailUrl"] = $"https://i.ytimg.com/vi/{trailer.YoutubeId}/hqdefault.jpg",
            };
        }
        // The default encoder escapes <, > and &, so nothing in the content can close the script element.
        return movie.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
