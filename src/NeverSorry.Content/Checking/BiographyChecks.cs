using System.Globalization;
using NeverSorry.Content.Files;
using NeverSorry.Content.Model;

namespace NeverSorry.Content.Checking;

/// <summary>
/// The biographies in bios/: each says whom it is about and their part in the film (front matter <c>name</c> and
/// <c>role</c>), once each, and no more of them than a press page shows. A file there that is not a biography is
/// named, as a picture nothing names is: the page would leave it out, yet a publish copies it.
/// </summary>
public static class BiographyChecks
{
    /// <summary>The director, the subject and a few more: a press kit, not a who's who.</summary>
    public const int MostBiographies = 12;

    public const int NameChars = 80;
    public const int RoleChars = 80;

    /// <summary>The front matter keys of the site's other Markdown files, which a biography does not use.</summary>
    private static readonly string[] s_pageKeys = ["title", "description", "author"];

    private static readonly string[] s_biographyKeys = ["name", "role"];

    public static void Check(ContentFolder folder, IReadOnlyList<Biography> biographies, ICollection<ContentProblem> problems)
    {
        var firstOf = new Dictionary<string, Biography>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < biographies.Count; i++)
        {
            var bio = biographies[i];
            var file = folder.DisplayName(bio.File);
            if (i == MostBiographies)
            {
                problems.Add(new ContentProblem(file, 1, 1, Invariant($"bios/ holds {biographies.Count} biographies, more than the {MostBiographies} the press page shows; keep the director's, the subject's and those press ask about, and take the others out of the folder.")));
            }
            if (bio.Page.FrontMatterLines.Count == 0)
            {
                problems.Add(new ContentProblem(file, 1, 1, "this biography has no front matter saying whom it is about. Start the file with four lines: '---', 'name: ' and the person's name, 'role: ' and their part in the film (for example Director), and '---'."));
                continue;
            }
            CheckKey(file, bio.Page, "name", bio.Page.FrontMatter.Name, NameChars, "whom the biography is about, for example \"name: Alison Klayman\"", problems);
            CheckKey(file, bio.Page, "role", bio.Page.FrontMatter.Role, RoleChars, "their part in the film, for example \"role: Director\"", problems);
            foreach (var key in s_pageKeys.Where(key => bio.Page.FrontMatterLines.ContainsKey(key)))
            {
                problems.Add(new ContentProblem(file, bio.Page.FrontMatterLines[key], 1,
                    $"'{key}' is not used in a biography: the press page heads it with its name and role. Remove the line."));
            }
            if (!string.IsNullOrWhiteSpace(bio.Name) && !firstOf.TryAdd(bio.Name.Trim(), bio))
            {
                problems.Add(new ContentProblem(file, bio.Page.FrontMatterLines.GetValueOrDefault("name", 1), 1,
                    $"{FileNames.Shown(firstOf[bio.Name.Trim()].File)} is already the biography of {bio.Name.Trim()}, and the press page would show both. Keep one of the two files."));
            }
        }
    }

    /// <summary><c>name</c> and <c>role</c> belong to biographies: in the synopsis or the statement the page would ignore them.</summary>
    public static void CheckNotABiography(ContentFolder folder, string fileName, MarkdownPage page, ICollection<ContentProblem> problems)
    {
        foreach (var key in s_biographyKeys.Where(page.FrontMatterLines.ContainsKey))
        {
            problems.Add(new ContentProblem(folder.DisplayName(fileName), page.FrontMatterLines[key], 1,
                $"'{key}' is a front matter key of a biography in bios/, and {fileName} does not use it. Remove the line (the keys here are title, description and author)."));
        }
    }

    /// <summary>Files in bios/ the press page does not read: anything not named *.md, and whatever is in a folder below it.</summary>
    public static IEnumerable<string> NotBiographies(ContentFolder folder) =>
        ContentPaths.Below(folder.PathOf(Biography.Folder))
            .Where(name => name.Contains('/') || !name.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => $"{Biography.Folder}/{name}");

    /// <summary>The warning for a file of <see cref="NotBiographies"/>, e.g. <c>bios/old/alison-klayman.md</c>.</summary>
    public static ContentProblem NotABiography(ContentFolder folder, string file)
    {
        var name = file[(Biography.Folder.Length + 1)..];
        return new ContentProblem(folder.DisplayName(file), 1, 1, name.Contains('/')
            ? "the press page reads only the .md files directly in bios/, not in a folder below it, yet a publish copies this file. Move it up into bios/, or take it out of the folder."
            : $"the press page reads only files named *.md in bios/, yet a publish copies this one. {(IsMarkdownMisnamed(name) ? $"Rename it to {Path.GetFileNameWithoutExtension(name)}.md" : "A picture goes in images/; anything else, take out of the folder")}.");
    }

    private static bool IsMarkdownMisnamed(string name) =>
        Path.GetExtension(name).ToLowerInvariant() is ".md" or ".markdown" or ".txt" or ".text";

    private static void CheckKey(string file, MarkdownPage page, string key, string? value, int maxChars, string what, ICollection<ContentProblem> problems)
    {
        if (!page.FrontMatterLines.TryGetValue(key, out var line))
        {
            problems.Add(new ContentProblem(file, 1, 1, $"this biography has no '{key}' in its front matter; add a line with {what}, between the two '---' lines at the top."));
        }
        else if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new ContentProblem(file, line, 1, $"'{key}' is empty; write {what}."));
        }
        else if (TextChecks.IsNotOneLine(value.Trim()))
        {
            problems.Add(new ContentProblem(file, line, 1, $"'{key}' must be one line; write {what}."));
        }
        else if (value.Trim().Length > maxChars)
        {
            problems.Add(new ContentProblem(file, line, 1, Invariant($"'{key}' is {value.Trim().Length} characters long, more than the {maxChars} it may have; write {what}.")));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
