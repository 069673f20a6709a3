using NeverSorry.Content.Checking;
using NeverSorry.Content.Files;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;
using NeverSorry.Content.Reading;

namespace NeverSorry.Content.Loading;

/// <summary>
/// Loads a whole content folder into a snapshot, or reports every problem in it at once. Nothing a file
/// holds may escape as an exception: whatever goes wrong reading or checking a file becomes a problem
/// named after that file, so the site keeps its last good content and the watcher's thread lives on.
/// </summary>
/// <param name="verified">Which pictures decoded to the end before (the site's picture cache); none for validate.</param>
public sealed class ContentLoader(TimeProvider clock, IVerifiedPictures? verified = null)
{
    private readonly MarkdownContentReader _markdown = new();
    private readonly PictureInspector _pictures = new(verified);

    public ContentSnapshot Load(ContentFolder folder)
    {
        folder = folder.Resolved();
        var problems = new List<ContentProblem>();
        var warnings = new List<ContentProblem>();
        void Guarded(string fileName, Action work)
        {
            try
            {
                work();
            }
            catch (Exception ex)
            {
                problems.Add(Unexpected(folder, fileName, ex));
            }
        }
        T? Read<T>(string fileName, Func<T?> read) where T : class
        {
            T? value = null;
            Guarded(fileName, () => value = read());
            return value;
        }

        var film = Read(ContentFiles.Film, () => JsonContentReader.Read(folder, ContentFiles.FilmJson, problems));
        var festivals = Read(ContentFiles.Festivals, () => JsonContentReader.Read(folder, ContentFiles.FestivalsJson, problems));
        var run = Read(ContentFiles.TheatricalRun, () => JsonContentReader.Read(folder, ContentFiles.TheatricalRunJson, problems));
        var synopsis = Read(ContentFiles.Synopsis, () => _markdown.Read(folder, ContentFiles.Synopsis, problems, warnings));
        var statement = Read(ContentFiles.DirectorsStatement, () => _markdown.Read(folder, ContentFiles.DirectorsStatement, problems, warnings));
        // Optional files: read when there is an entry of that name (a link or a pipe in its place is refused as ever).
        var press = IsThere(folder, ContentFiles.Press) ? Read(ContentFiles.Press, () => JsonContentReader.Read(folder, ContentFiles.PressJson, problems)) : null;
        var biographies = new List<Biography>();
        foreach (var file in BiographyFiles(folder))
        {
            Guarded(file, () =>
            {
                if (_markdown.Read(folder, file, problems, warnings) is { } page)
                {
                    biographies.Add(new Biography(file, page.FrontMatter.Name ?? "", page.FrontMatter.Role ?? "", page));
                }
            });
        }

        IReadOnlyList<SourcePicture> pictures = [];
        if (film is not null)
        {
            Guarded(ContentFiles.Film, () => ContentValidator.Check(film, problems));
            Guarded(ContentFiles.Film, () => pictures = _pictures.Inspect(film, folder, problems));
            Guarded(ContentFiles.Film, () => warnings.AddRange(PictureInspector.Unnamed(film.Value, folder).Where(file => !FolderCheck.IsOverLimit(folder, file)).Select(file => new ContentProblem(folder.DisplayName(file), 1, 1,
                "nothing in film.json names this file, so no page shows it, yet a publish copies it. Name it in film.json (as a still or the poster) or take it out of the folder."))));
        }
        Guarded("", () => FolderCheck.Check(folder, film?.Value, problems));
        if (synopsis is not null)
        {
            Guarded(ContentFiles.Synopsis, () => BiographyChecks.CheckNotABiography(folder, ContentFiles.Synopsis, synopsis, problems));
        }
        if (statement is not null)
        {
            Guarded(ContentFiles.DirectorsStatement, () => BiographyChecks.CheckNotABiography(folder, ContentFiles.DirectorsStatement, statement, problems));
        }
        if (press is not null)
        {
            Guarded(ContentFiles.Press, () => PressChecks.Check(press, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), problems));
        }
        Guarded(Biography.Folder, () => BiographyChecks.Check(folder, biographies, problems));
        Guarded(Biography.Folder, () => warnings.AddRange(BiographyChecks.NotBiographies(folder).Where(file => !FolderCheck.IsOverLimit(folder, file)).Select(file => BiographyChecks.NotABiography(folder, file))));
        if (festivals is not null)
        {
            Guarded(ContentFiles.Festivals, () => ContentValidator.Check(festivals, film?.Value.Year, problems));
        }
        if (run is not null)
        {
            Guarded(ContentFiles.TheatricalRun, () => ContentValidator.Check(run, problems));
        }
        if (film is not null && run is not null)
        {
            Guarded(ContentFiles.Film, () => ContentValidator.CheckAgreement(film, run, problems));
        }

        if (problems.Count > 0 || film is null || festivals is null || run is null || synopsis is null || statement is null)
        {
            throw new ContentException(problems);
        }

        // A stable sort: engagements opening the same day keep the order staff gave them.
        var engagements = run.Value.Engagements.OrderBy(e => e.Start).ToArray();
        return new ContentSnapshot(film.Value, synopsis, statement, festivals.Value.Festivals, engagements, clock.GetUtcNow())
        {
            Warnings = warnings,
            SourcePictures = pictures,
            Press = press?.Value ?? PressKit.Empty,
            Biographies = biographies,
            FileTimes = FileTimes(folder, press is not null),
        };
    }

    /// <summary>
    /// When each file a page shows was last written: the required files, press.json when there is one, and under
    /// "bios" the latest biography or change to the folder (a biography deleted changes the folder's time).
    /// </summary>
    private static Dictionary<string, DateTimeOffset> FileTimes(ContentFolder folder, bool hasPress)
    {
        static DateTimeOffset Written(string path) => new(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        var times = ContentFiles.All.ToDictionary(f => f, f => Written(folder.PathOf(f)));
        if (hasPress)
        {
            times[ContentFiles.Press] = Written(folder.PathOf(ContentFiles.Press));
        }
        if (Directory.Exists(folder.PathOf(Biography.Folder)))
        {
            times[Biography.Folder] = BiographyFiles(folder).Select(f => Written(folder.PathOf(f)))
                .Append(new DateTimeOffset(Directory.GetLastWriteTimeUtc(folder.PathOf(Biography.Folder)), TimeSpan.Zero)).Max();
        }
        return times;
    }

    private static bool IsThere(ContentFolder folder, string fileName) =>
        new FileInfo(folder.PathOf(fileName)) is { Exists: true } or { LinkTarget: not null };

    /// <summary>The Markdown files in bios/, by name; none without the folder.</summary>
    /// <remarks>Links and pipes named *.md are listed too, so that reading them refuses them as any content file.</remarks>
    public static IReadOnlyList<string> BiographyFiles(ContentFolder folder) =>
        Directory.Exists(folder.PathOf(Biography.Folder))
            ? [.. new DirectoryInfo(folder.PathOf(Biography.Folder)).EnumerateFileSystemInfos()
                .Where(entry => entry is FileInfo or { LinkTarget: not null } && !entry.Name.StartsWith('.') && entry.Name.EndsWith(".md", StringComparison.Ordinal))
                .Select(entry => $"{Biography.Folder}/{entry.Name}")
                .Order(StringComparer.Ordinal)]
            : [];

    /// <summary>An exception worded for staff; what it says (paths of the server, .NET's words) goes only to the log.</summary>
    private static ContentProblem Unexpected(ContentFolder folder, string fileName, Exception ex) =>
        new(folder.DisplayName(fileName), 1, 1,
            "the site could not read this file because of something unusual in it (the details are in the site's log). Undo the last change, or look for very long or deeply nested text.")
        {
            Cause = ex,
        };
}
