namespace NeverSorry.Content.Model;

/// <summary>A Markdown content file rendered to HTML, with what its front matter says.</summary>
public sealed record MarkdownPage(FrontMatter FrontMatter, string Html)
{
    /// <summary>The line of each front matter key as written (e.g. "name" → 2), so a check can point at it.</summary>
    public IReadOnlyDictionary<string, int> FrontMatterLines { get; init; } = new Dictionary<string, int>();
}

/// <summary>The optional YAML block at the top of a Markdown file.</summary>
public sealed record FrontMatter
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Author { get; init; }

    /// <summary>For a biography in <c>bios/</c>: whom it is about.</summary>
    public string? Name { get; init; }

    /// <summary>For a biography in <c>bios/</c>: their part in the film, e.g. "Director".</summary>
    public string? Role { get; init; }
}
