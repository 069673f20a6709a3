namespace NeverSorry.Web.Security;

/// <summary>
/// The security headers every response carries. The site runs only its own script files (the trailer's
/// click-to-load facade), no inline script or style, and loads nothing from other origins except the
/// trailer's youtube-nocookie frame once pressed, so the policy allows only that.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>Two years (the HTTP Observatory asks for six months at least); browsers ignore it over plain HTTP, so it is sent over HTTPS only.</summary>
    public const int HstsMaxAgeSeconds = 63_072_000;

    /// <summary>Where the trailer's player is framed from, on click.</summary>
    public const string TrailerOrigin = "https://www.youtube-nocookie.com";

    public static HeaderPolicyCollection Policy { get; } = new HeaderPolicyCollection()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().None();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self();
            csp.AddConnectSrc().Self();
            csp.AddManifestSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().None();
            csp.AddFrameAncestors().None();
            csp.AddFormAction().Self();
            csp.AddFrameSrc().From(TrailerOrigin);
        })
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddFrameOptionsDeny()
        .AddPermissionsPolicy(permissions =>
        {
            permissions.AddDefaultSecureDirectives();
            permissions.AddPictureInPicture().None();
            // The trailer's player, loaded on a click, may start playing and go full screen; nothing else may.
            permissions.AddAutoplay().Self().For(TrailerOrigin);
            permissions.AddFullscreen().Self().For(TrailerOrigin);
        })
        .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
        // Nothing of the site is meant to be embedded by other sites (Spectre-style reads included).
        .AddCrossOriginResourcePolicy(corp => corp.SameOrigin())
        .AddStrictTransportSecurityMaxAge(HstsMaxAgeSeconds)
        .RemoveServerHeader()
        .RemoveCustomHeader("X-Powered-By");
}
