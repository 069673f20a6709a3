using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NeverSorry.Content.Model;

namespace NeverSorry.Web.Seo;

/// <summary>
/// The schema.org <c>Movie</c> that search engines read from the home page (JSON-LD). Only facts the
/// content holds go in: no production company is known, so none is claimed, and the trailer's upload
/// date only when the content gives it.
/// </summary>
public static class MovieStructuredData
{
    /// <param name="images">The film's pictures (<see cref="PictureStructuredData"/>), when there are any.</param>
    public static string For(Film film, string description, Uri? url, JsonArray? images = null)
    {
        var movie = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Movie",
            ["name"] = film.Title,
            ["description"] = description,
            ["genre"] = film.Genre,
            ["datePublished"] = IsoDate(film.Release.Opening),
            ["contentRating"] = $"MPAA {film.Rating.Code}",
            ["director"] = new JsonObject { ["@type"] = "Person", ["name"] = film.Director },
        };
        if (url is not null)
        {
            movie["url"] = url.AbsoluteUri;
        }
        if (images is not null)
        {
            movie["image"] = images;
        }
        if (film.Trailer is { } trailer)
        {
            var video = new JsonObject
            {
                ["@type"] = "VideoObject",
                ["name"] = $"{film.Title} trailer",
                ["description"] = $"The trailer of {film.Title}.",
                ["embedUrl"] = trailer.EmbedUrl.AbsoluteUri,
                ["thumbnailUrl"] = $"https://i.ytimg.com/vi/{trailer.YoutubeId}/hqdefault.jpg",
            };
            if (trailer.UploadDate is { } uploaded)
            {
                video["uploadDate"] = IsoDate(uploaded);
            }
            movie["trailer"] = video;
        }
        return ToScriptText(movie);
    }

    /// <summary>The film as the subject of another item (a screening's <c>workPresented</c>): its name and, when known, its page.</summary>
    public static JsonObject Reference(Film film, Uri? url)
    {
        var movie = new JsonObject { ["@type"] = "Movie", ["name"] = film.Title };
        if (url is not null)
        {
            movie["url"] = url.AbsoluteUri;
        }
        return movie;
    }

    /// <summary>schema.org's Date: ISO 8601, whatever the server's culture.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The JSON for a script element. The default encoder escapes &lt;, &gt; and &amp;, so nothing in the
    /// content can close the script element.
    /// </summary>
    public static string ToScriptText(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
