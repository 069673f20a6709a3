using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Web.Images;

namespace NeverSorry.Web.Live;

/// <summary>
/// What the site serves: one load of the content folder and the files made from its pictures. Replaced whole,
/// by a reload or when the background work has made more picture files, never changed in place.
/// </summary>
public sealed record SiteSnapshot : ContentSnapshot
{
    public SiteSnapshot(ContentSnapshot content, PictureSet pictures)
        : base(content) => Pictures = pictures;

    /// <summary>Every file the pages need from the pictures, and which of them are made.</summary>
    public PictureSet Pictures { get; init; }

    /// <summary>What the folder's files have wrong now, while this, the last good version, is served (a preview lists them).</summary>
    public IReadOnlyList<ContentProblem> Problems { get; init; } = [];

    /// <summary>
    /// Set when the site started on broken content and serves the last good version it kept: when that version
    /// was loaded. A snapshot of a clean load has none, so it clears with the fix.
    /// </summary>
    public DateTimeOffset? KeptFrom { get; init; }
}
