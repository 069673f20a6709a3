using NeverSorry.Web.Content;

namespace NeverSorry.Web.Models;

public sealed record HomePage(
    PageMeta Meta,
    Film Film,
    MarkdownPage Synopsis,
    IReadOnlyList<Festival> Festivals,
    IReadOnlyList<Engagement> Engagements,
    RunSchedule Schedule,
    string StructuredData) : IPageModel;

public sealed record TheatricalRunPage(
    PageMeta Meta,
    IReadOnlyList<Engagement> Engagements,
    RunSchedule Schedule,
    RunSummary Summary,
    RunTimeline Timeline,
    string StructuredData) : IPageModel;

public sealed record DirectorsStatementPage(PageMeta Meta, MarkdownPage Statement, string Author) : IPageModel;

public sealed record PressPage(
    PageMeta Meta,
    Film Film,
    MarkdownPage Synopsis,
    IReadOnlyList<Festival> Festivals) : IPageModel;

/// <param name="CorrelationId">For a failure: the id under which the log holds its details.</param>
public sealed record ErrorPage(PageMeta Meta, int StatusCode, string? CorrelationId = null) : IPageModel;
