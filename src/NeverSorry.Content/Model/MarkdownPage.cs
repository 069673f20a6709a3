namespace NeverSorry.Content.Model;

/// <summary>A Markdown content file rendered to HTML, with what its front matter says.</summary>
public sealed record MarkdownPage(FrontMatter FrontMatter, string Html);

/// <summary>The optional YAML block at the top of a Markdown file.</summary>
public sealed record FrontMatter
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Author { get; init; }
}
