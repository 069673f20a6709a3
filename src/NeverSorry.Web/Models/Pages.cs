using NeverSorry.Content.Model;
using NeverSorry.Web.Images;
using NeverSorry.Web.Run;

namespace NeverSorry.Web.Models;

public sealed record HomePage(
    PageMeta Meta,
    Film Film,
    MarkdownPage Synopsis,
    IReadOnlyList<Festival> Festivals,
    IReadOnlyList<Engagement> Engagements,
    RunSchedule Schedule,
    string StructuredData,
    PictureView? Lead) : IPageModel
{
    public FirstScreen FirstScreen => FirstScreen.Of(this);
}

public sealed record TheatricalRunPage(
    PageMeta Meta,
    IReadOnlyList<Engagement> Engagements,
    RunSchedule Schedule,
    RunSummary Summary,
    RunTimeline Timeline,
    string StructuredData) : IPageModel;

public sealed record DirectorsStatementPage(PageMeta Meta, MarkdownPage Statement, string Author) : IPageModel
{
    /// <summary>
    /// The role under the signature: "Director" only when the author is the film's director by the very name
    /// in film.json; an author written with a role ("Alison Klayman, Director") already says it.
    /// </summary>
    public string? SignatureRole => Author == Meta.Film.Director ? "Director" : null;
}

public sealed record PressPage(
    PageMeta Meta,
    Film Film,
    MarkdownPage Synopsis,
    MarkdownPage Statement,
    IReadOnlyList<Festival> Festivals,
    PressKit Press,
    IReadOnlyList<Biography> Biographies,
    PictureSet Pictures,
    PressDownloads Downloads) : IPageModel;

/// <param name="CorrelationId">For a failure: the id under which the log holds its details.</param>
public sealed record ErrorPage(PageMeta Meta, int StatusCode, string? CorrelationId = null) : IPageModel;
