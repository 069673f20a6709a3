namespace NeverSorry.Tests.Infrastructure.Export;

/// <summary>
/// Debian's nginx with the two modules the sample configuration needs (brotli_static, headers-more). Where
/// they are not installed the nginx tests skip themselves, unless NGINX_TESTS_REQUIRED=1 (set by CI) makes
/// their absence a failure.
/// </summary>
public static class Nginx
{
    public const string Executable = "/usr/sbin/nginx";

    /// <summary>Where Debian's libnginx-mod-* packages put their modules.</summary>
    public static IReadOnlyList<string> Modules { get; } =
    [
        "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so",
        "/usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so",
    ];

    /// <summary>The MIME types Debian's nginx-common installs, which the sample configuration relies on.</summary>
    public const string MimeTypes = "/etc/nginx/mime.types";

    public static bool IsInstalled => File.Exists(Executable) && File.Exists(MimeTypes) && Modules.All(File.Exists);

    /// <summary>Skips the calling test where nginx is missing, or fails it where the nginx tests are required.</summary>
    public static void SkipUnlessInstalled() =>
        Prerequisites.Require(IsInstalled, "NGINX_TESTS_REQUIRED",
            "nginx or one of its modules is not installed (apt-get install nginx-light libnginx-mod-http-brotli-static libnginx-mod-http-headers-more-filter)");
}
