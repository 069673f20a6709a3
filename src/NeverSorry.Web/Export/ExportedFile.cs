namespace NeverSorry.Web.Export;

/// <summary>One answer of the live site, as a static host must serve it again: from which file, with which type.</summary>
/// <param name="UrlPath">The address it answers, e.g. <c>/press</c>.</param>
/// <param name="FilePath">Its file in the export, relative and with forward slashes, e.g. <c>press/index.html</c>.</param>
/// <param name="MediaType">The media type the live site gave it, e.g. <c>text/html</c>.</param>
/// <param name="Body">The bytes the live site sent, uncompressed.</param>
internal sealed record ExportedFile(string UrlPath, string FilePath, string MediaType, byte[] Body)
{
    /// <summary>
    /// Where an answer is stored: a page at <c>/press</c> as <c>press/index.html</c> (so the address keeps no
    /// extension, as on the live site), the home page as <c>index.html</c>, any other file under its own path.
    /// </summary>
    public static string FilePathOf(string urlPath, string mediaType)
    {
        var relative = urlPath.Trim('/');
        if (relative.Length == 0)
        {
            return "index.html";
        }
        var isPage = mediaType == "text/html" && !Path.HasExtension(relative);
        return isPage ? relative + "/index.html" : relative;
    }

    /// <summary>Text compresses well, so a host can send it precompressed; images such as PNG are compressed already.</summary>
    public bool IsText =>
        MediaType.StartsWith("text/", StringComparison.Ordinal)
        || MediaType.EndsWith("xml", StringComparison.Ordinal)
        || MediaType.EndsWith("json", StringComparison.Ordinal)
        || MediaType.EndsWith("javascript", StringComparison.Ordinal);
}
