using NeverSorry.Web.Images;

namespace NeverSorry.Web.Content;

/// <summary>Loads a whole content folder into a snapshot, or reports every problem in it at once.</summary>
/// <param name="planner">Plans the files made from the pictures; without it (validate) pictures are only checked.</param>
internal sealed class ContentLoader(TimeProvider clock, PicturePlanner? planner = null)
{
    private readonly MarkdownContentReader _markdown = new();
    private readonly PictureInspector _pictures = new(planner?.Cache);

    public ContentSnapshot Load(ContentFolder folder)
    {
        var problems = new List<ContentProblem>();
        var warnings = new List<ContentProblem>();

        var film = JsonContentReader.Read<Film>(folder, ContentFiles.Film, problems);
        var festivals = JsonContentReader.Read<FestivalList>(folder, ContentFiles.Festivals, problems);
        var run = JsonContentReader.Read<TheatricalRun>(folder, ContentFiles.TheatricalRun, problems);
        var synopsis = _markdown.Read(folder, ContentFiles.Synopsis, problems, warnings);
        var statement = _markdown.Read(folder, ContentFiles.DirectorsStatement, problems, warnings);

        if (film is not null)
        {
            ContentValidator.Check(film, problems);
        }
        // Pictures: the files film.json names (Images/).
        var pictures = film is null ? [] : _pictures.Inspect(film, folder, problems);
        if (festivals is not null)
        {
            ContentValidator.Check(festivals, film?.Value.Year, problems);
        }
        if (run is not null)
        {
            ContentValidator.Check(run, problems);
        }
        if (film is not null && run is not null)
        {
            ContentValidator.CheckAgreement(film, run, problems);
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
            Pictures = planner?.Plan(film.Value, pictures) ?? new PictureSet(pictures, [], []),
            FileTimes = ContentFiles.All.ToDictionary(f => f, f => new DateTimeOffset(File.GetLastWriteTimeUtc(folder.PathOf(f)), TimeSpan.Zero)),
        };
    }
}
