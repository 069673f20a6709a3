using Microsoft.Net.Http.Headers;
using NeverSorry.Content.Files;
using NeverSorry.Content.Loading;

namespace NeverSorry.Web.Caching;

/// <summary>
/// One page rendered for one content snapshot, kept as the bytes of each encoding (compressed once, at
/// the highest levels, since it is served many times) with a strong ETag for each.
/// </summary>
internal sealed class CachedPage
{

    private CachedPage(ContentSnapshot snapshot, DateOnly today, string contentType, Variant identity, Variant gzip, Variant brotli)
    {
        Snapshot = snapshot;
        Today = today;
        ContentType = contentType;
        Identity = identity;
        Gzip = gzip;
        Brotli = brotli;
    }

    /// <summary>The content the page was rendered from: when the site serves another, this page is stale.</summary>
    public ContentSnapshot Snapshot { get; }

    /// <summary>The site's day it was rendered on: pages say what is showing now, so the next day it is stale.</summary>
    public DateOnly Today { get; }

    public string ContentType { get; }

    public Variant Identity { get; }

    public Variant Gzip { get; }

    public Variant Brotli { get; }

    public static CachedPage Create(ContentSnapshot snapshot, DateOnly today, string contentType, byte[] body)
    {
        // Each encoding is its own representation, so each gets its own strong ETag (RFC 9110 8.8.3).
        var hash = ContentHash.Of(body)[..24];
        return new CachedPage(
            snapshot,
            today,
            contentType,
            new Variant(body, null, $"\"{hash}\""),
            new Variant(Compression.Gzip(body), "gzip", $"\"{hash}-gz\""),
            new Variant(Compression.Brotli(body), "br", $"\"{hash}-br\""));
    }

    /// <summary>The representation for the request's Accept-Encoding: Brotli, then gzip, else plain.</summary>
    public Variant Choose(HttpRequest request)
    {
        var accepted = request.Headers.AcceptEncoding;
        if (accepted.Count == 0)
        {
            return Identity;
        }
        var codings = request.GetTypedHeaders().AcceptEncoding;
        return Accepts(codings, "br") ? Brotli : Accepts(codings, "gzip") ? Gzip : Identity;
    }

    private static bool Accepts(IList<StringWithQualityHeaderValue> codings, string coding)
    {
        double? quality = null;
        foreach (var value in codings)
        {
            if (value.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
            {
                return (value.Quality ?? 1) > 0;
            }
            if (value.Value.Equals("*", StringComparison.Ordinal))
            {
                quality = value.Quality ?? 1;
            }
        }
        return quality > 0;
    }

    /// <summary>The page's bytes in one encoding (null for none) and their ETag.</summary>
    public sealed record Variant(byte[] Body, string? ContentEncoding, string ETag);
}
