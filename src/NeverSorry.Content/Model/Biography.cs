namespace NeverSorry.Content.Model;

/// <summary>A short biography for press, read from a Markdown file in <c>bios/</c>, e.g. <c>bios/alison-klayman.md</c>.</summary>
/// <param name="File">Its path in the content folder, e.g. <c>bios/alison-klayman.md</c>.</param>
/// <param name="Name">Whom it is about, from its front matter's <c>name</c>.</param>
/// <param name="Role">Their part in the film, from its front matter's <c>role</c>, e.g. "Director".</param>
public sealed record Biography(string File, string Name, string Role, MarkdownPage Page)
{
    /// <summary>The folder biographies are read from.</summary>
    public const string Folder = "bios";

    /// <summary>An anchor for the biography on the press page, e.g. <c>bio-alison-klayman</c>.</summary>
    public string Anchor => "bio-" + Slug.Of(Path.GetFileNameWithoutExtension(File), whenEmpty: "person");
}
