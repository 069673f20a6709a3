using System.Collections.Concurrent;
using NetEscapades.AspNetCore.SecurityHeaders.Infrastructure;

namespace NeverSorry.Web.Security;

/// <summary>
/// The headers <see cref="SecurityHeaders.Policy"/> gives an answer, worked out once per kind of answer and then
/// reused: the page cache sends a cached page with exactly what the security-headers middleware would add, without
/// evaluating the policy (and registering a callback) for every request. What the policy looks at is the content
/// type (some headers are for documents only), the scheme and the host (HSTS goes over HTTPS, never to
/// localhost), so that is the key. Hosts are whatever clients send: past <see cref="MaxRemembered"/> kinds, the
/// headers are worked out for each request instead of remembered.
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
