using System.Collections.Concurrent;
using NetEscapades.AspNetCore.SecurityHeaders.Infrastructure;

namespace NeverSorry.Web.Security;

/// <summary>
/// The headers <see cref="SecurityHeaders.Policy"/> gives an answer, worked out once per content type, scheme and
/// host (all the policy looks at) and reused, so the page cache sends a cached page with exactly what the middleware
/// would add. Hosts are what clients send: past <see cref="MaxRemembered"/> kinds, nothing more is remembered.
/// </summary>
internal sealed class SecurityHeaderSets
{
    public const int MaxRemembered = 64;

    private readonly ConcurrentDictionary<(string ContentType, bool Https, string Host), KeyValuePair<string, string>[]> _sets = new();

    /// <summary>Sets on <paramref name="response"/> the headers the policy gives an answer of <paramref name="contentType"/> to this request.</summary>
    public void Apply(HttpResponse response, string contentType)
    {
        var request = response.HttpContext.Request;
        var key = (contentType, request.IsHttps, request.Host.Host);
        if (!_sets.TryGetValue(key, out var set))
        {
            set = Evaluate(contentType, request.Scheme, request.Host);
            if (_sets.Count < MaxRemembered)
            {
                _sets.TryAdd(key, set);
            }
        }

        var headers = response.Headers;
        foreach (var (name, value) in set)
        {
            headers[name] = value;
        }
    }

    /// <summary>The policy applied as its middleware applies it (each header's own rules), to an answer like the one described.</summary>
    private static KeyValuePair<string, string>[] Evaluate(string contentType, string scheme, HostString host)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = host;
        context.Response.ContentType = contentType;
        var result = new CustomHeadersResult();
        foreach (var policy in SecurityHeaders.Policy.Values)
        {
            policy.Apply(context, result);
        }
        // What the policy removes (Server, X-Powered-By) is never on a cached page: the server header is off.
        return [.. result.SetHeaders];
    }
}
