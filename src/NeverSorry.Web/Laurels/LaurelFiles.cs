using NeverSorry.Content.Model;

namespace NeverSorry.Web.Laurels;

/// <summary>
/// The laurels as files for the press: one address per festival, e.g. <c>/laurels/sundance-film-festival-2012.svg</c>,
/// saved as <c>ai-weiwei-never-sorry-laurel-sundance-film-festival-2012.svg</c>. Two festivals whose names make the
/// same slug (True/False and True False) get distinct addresses, the later one numbered.
/// </summary>
public static class LaurelFiles
{
    public const string Prefix = "/laurels/";

    public const string MediaType = "image/svg+xml";

    /// <summary>Every festival with its file's name, in the order laurels are shown.</summary>
    public static IReadOnlyList<LaurelFile> Of(IReadOnlyList<Festival> festivals)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<LaurelFile>();
        foreach (var festival in LaurelOrder.Of(festivals))
        {
            var slug = Slug.Of($"{festival.Name} {festival.Year}", whenEmpty: "festival");
            var name = slug;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = $"{slug}-{n}";
            }
            files.Add(new LaurelFile(festival, name + ".svg"));
        }
        return files;
    }

    /// <summary>The name a press download is saved under: the film's, then the laurel's.</summary>
    public static string DownloadName(Film film, LaurelFile file) =>
        $"{Slug.Of(film.Title, whenEmpty: "film")}-laurel-{file.Name}";
}

/// <param name="Name">The file's name, e.g. <c>sundance-film-festival-2012.svg</c>.</param>
public sealed record LaurelFile(Festival Festival, string Name)
{
    public string Path => LaurelFiles.Prefix + Name;
}

/// <summary>What /press needs to offer the laurels: the film (for the files' names) and each festival's file.</summary>
public sealed record LaurelDownloads(Film Film, IReadOnlyList<LaurelFile> Files)
{
    public LaurelDownloads(Film film, IReadOnlyList<Festival> festivals)
        : this(film, LaurelFiles.Of(festivals))
    {
    }
}
