using System.ComponentModel.DataAnnotations;
using System.Net;

namespace NeverSorry.Web.Site;

/// <summary>Configuration section <c>Site</c>.</summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string Section = "Site";

    /// <summary>
    /// The public address of the site (e.g. the production domain). Absolute URLs such as the canonical
    /// link are built from it, never from the request's Host header; without it they are left out.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// Addresses of reverse proxies (e.g. a TLS-terminating load balancer) whose X-Forwarded-For and
    /// X-Forwarded-Proto headers are believed. Loopback is always trusted; nobody else is.
    /// </summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    /// <summary>
    /// A staff preview of a working copy (<c>preview &lt;folder&gt;</c>): every page says so in a banner, and
    /// search engines are told to keep out (X-Robots-Tag, robots.txt).
    /// </summary>
    public bool Preview { get; set; }

    /// <summary>
    /// The IANA time zone the content's dates are meant in, which decides what "today" is: an engagement
    /// is coming, showing or past in this zone. The distributor, Sundance Selects, is in New York.
    /// </summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    public const string DefaultTimeZone = "America/New_York";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http")))
        {
            yield return new ValidationResult("Site:BaseUrl must be an absolute http(s) address.", [nameof(BaseUrl)]);
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Site:TimeZone: '{TimeZone}' is not a time zone this machine knows; write an IANA id such as {DefaultTimeZone}.", [nameof(TimeZone)]);
        }
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"Site:KnownProxies: '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        }
    }

    /// <summary>The absolute address of a site path, or null when no base URL is configured.</summary>
    public Uri? AbsoluteUrl(string path) => BaseUrl is null ? null : new Uri(BaseUrl, path);
}
