namespace NeverSorry.Content.Model;

/// <summary>
/// How big content may be: far above any real synopsis or festival list, far below what would exhaust the
/// server. Past a limit the file is refused as a content problem. The staff guide states each one.
/// </summary>
public static class ContentLimits
{
    /// <summary>A JSON file: about 150,000 festivals or engagements.</summary>
    public const int JsonFileBytes = 8 * 1024 * 1024;

    /// <summary>A Markdown file: about a hundred pages of text.</summary>
    public const int MarkdownFileBytes = 512 * 1024;

    /// <summary>The HTML a Markdown file becomes; a reference used many times can multiply a small file.</summary>
    public const int RenderedMarkdownChars = 1024 * 1024;

    /// <summary>Dates outside these years are typos (9999 for "open-ended", 0001 for "unknown").</summary>
    public const int FirstYear = 1900;

    public const int LastYear = 2100;

    /// <summary>A size worded for staff, e.g. "8 MB" or "512 KB".</summary>
    public static string Words(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";
}
