using NeverSorry.Content.Model;
using NeverSorry.Web.Addresses;
using NeverSorry.Web.Images;

namespace NeverSorry.Web.Models;

/// <summary>What the page's head says about it: title, description and where it lives.</summary>
/// <param name="Title">The page's own title; the film's name is added for the browser tab.</param>
/// <param name="Path">The site path of the page, e.g. <c>/press</c>; the canonical URL is built from it. Null for pages that are not to be indexed, such as error pages.</param>
/// <param name="Film">The film the site is about, for the header, the footer and the browser tab.</param>
public sealed record PageMeta(string Title, string Description, string? Path, Film Film)
{
    public string DocumentTitle => Title == Film.Title ? Title : $"{Title} · {Film.Title}";

    /// <summary>Open Graph's type: the home page is the film itself; the others are pages about it.</summary>
    public string OpenGraphType => Path == SitePages.Home.Path ? "video.movie" : "website";

    /// <summary>The page's public address, from Site:BaseUrl; null without one, or for a page not to be indexed.</summary>
    public Uri? Canonical { get; init; }

    /// <summary>The page's share card, at the absolute address social networks require; null while there is none.</summary>
    public ShareCard? Card { get; init; }

    /// <summary>A staff preview of a working copy: every page says so in a banner.</summary>
    public bool IsPreview { get; init; }

    /// <summary>In a preview, what the working copy has wrong (the pages then show its last good version).</summary>
    public IReadOnlyList<ContentProblem> PreviewProblems { get; init; } = [];
}

/// <summary>A page's share card and its absolute address.</summary>
public sealed record ShareCard(PlannedFile File, Uri Url);

/// <summary>Every page's view model carries its metadata, so the layout can render the head from it.</summary>
public interface IPageModel
{
    PageMeta Meta { get; }
}
