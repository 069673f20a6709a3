using System.Text.Json.Nodes;
using NeverSorry.Content.Model;
using NeverSorry.Web.Images;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Seo;

/// <summary>
/// The film's pictures as schema.org <c>ImageObject</c>s for the Movie's <c>image</c>: absolute addresses
/// (so only with Site:BaseUrl), the caption, and the credit and copyright only where staff gave them.
/// </summary>
public static class PictureStructuredData
{
    public static JsonArray? Images(PictureSet pictures, SiteOptions site)
    {
        var images = new JsonArray();
        foreach (var source in pictures.Sources)
        {
            var sizes = pictures.Sizes(source, PictureKind.Jpeg);
            if (sizes.Count == 0 || site.AbsoluteUrl(sizes[^1].Url) is not { } url)
            {
                continue;
            }
            var image = new JsonObject
            {
                ["@type"] = "ImageObject",
                ["contentUrl"] = url.AbsoluteUri,
                ["width"] = sizes[^1].Width,
                ["height"] = sizes[^1].Height,
                ["description"] = source.Alt,
            };
            Add(image, "caption", source.Caption);
            Add(image, "creditText", source.Credit);
            Add(image, "copyrightNotice", source.Copyright);
            images.Add(image);
        }
        return images.Count > 0 ? images : null;
    }

    private static void Add(JsonObject image, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            image[name] = value;
        }
    }
}
