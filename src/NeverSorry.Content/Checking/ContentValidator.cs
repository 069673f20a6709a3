using System.Globalization;
using System.Text.RegularExpressions;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;

namespace NeverSorry.Content.Checking;

/// <summary>
/// The rules a parsed content folder must follow beyond its JSON shape: text that must not be blank,
/// dates in order, years that make sense, and files that agree with one another.
/// </summary>
public static partial class ContentValidator
{
    /// <summary>The first film festival was held in 1932; anything earlier is a typo.</summary>
    private const int FirstFestivalYear = 1932;

    /// <summary>The day YouTube published its first video; a trailer uploaded earlier is a typo.</summary>
    private static readonly DateOnly FirstYoutubeVideo = new(2005, 4, 23);

    public static void Check(JsonFile<Film> film, ICollection<ContentProblem> problems)
    {
        var f = film.Value;
        RequireText(film, "$.title", f.Title, problems);
        RequireText(film, "$.genre", f.Genre, problems);
        RequireText(film, "$.distributor", f.Distributor, problems);
        RequireText(film, "$.director", f.Director, problems);
        RequireText(film, "$.rating.code", f.Rating.Code, problems);
        if (f.Rating.Reason?.TrimStart().StartsWith("for ", StringComparison.OrdinalIgnoreCase) == true)
        {
            problems.Add(film.Problem("$.rating.reason", "write the reason without the leading 'for' (the site writes \"R for some language\" itself), for example \"some language\"."));
        }
        RequireText(film, "$.release.type", f.Release.Type, problems);
        FirstScreenChecks.Check(film, problems);
        if (f.Year < 1888 || f.Year > 2200)
        {
            problems.Add(film.Problem("$.year", $"{f.Year} is not a plausible year for the film; write the four-digit year, for example 2012."));
        }
        RequirePlausible(film, "$.release.opening", f.Release.Opening, problems);
        if (f.Release.Opening.Year < f.Year - 1)
        {
            problems.Add(film.Problem("$.release.opening", $"the opening date {f.Release.Opening:yyyy-MM-dd} is long before the film's year {f.Year}; check both."));
        }
        FilmFactChecks.Check(film, problems);
        if (f.Still is { } still)
        {
            RequireText(film, "$.still.caption", still.Caption, problems);
            RequireText(film, "$.still.credit", still.Credit, problems);
        }
        for (var i = 0; i < f.Links.Count; i++)
        {
            RequireText(film, $"$.links[{i}].label", f.Links[i].Label, problems);
            if (!f.Links[i].Url.IsAbsoluteUri || f.Links[i].Url.Scheme is not ("https" or "http"))
            {
                problems.Add(film.Problem($"$.links[{i}].url", "the address must be a full web address starting with https://."));
            }
        }
        for (var i = 0; i < f.WatchAt.Count; i++)
        {
            var option = f.WatchAt[i];
            RequireText(film, $"$.watchAt[{i}].service", option.Service, problems);
            if (!TextChecks.IsHttps(option.Url))
            {
                problems.Add(film.Problem($"$.watchAt[{i}].url", "the address must be a full web address starting with https://."));
            }
            if (option.Kind is { } kind && !WatchOption.Kinds.Contains(kind))
            {
                problems.Add(film.Problem($"$.watchAt[{i}].kind", $"'{kind}' is not a kind the site knows: write one of {string.Join(", ", WatchOption.Kinds.Select(k => $"\"{k}\""))}, or leave it out."));
            }
        }
        if (f.Trailer is { } trailer)
        {
            if (!YoutubeId().IsMatch(trailer.YoutubeId))
            {
                problems.Add(film.Problem("$.trailer.youtubeId", $"'{trailer.YoutubeId}' is not a YouTube video id: use the 11 characters after 'v=' in the video's address."));
            }
            if (trailer.UploadDate is { } uploaded)
            {
                RequirePlausible(film, "$.trailer.uploadDate", uploaded, problems);
            }
            if (trailer.UploadDate < FirstYoutubeVideo)
            {
                problems.Add(film.Problem("$.trailer.uploadDate", $"{trailer.UploadDate:yyyy-MM-dd} is before YouTube published its first video ({FirstYoutubeVideo:yyyy-MM-dd}); write the date YouTube shows under the trailer."));
            }
        }
    }

    public static void Check(JsonFile<FestivalList> festivals, int? filmYear, ICollection<ContentProblem> problems)
    {
        var list = festivals.Value.Festivals;
        var firstOf = new Dictionary<(string Name, int Year), int>();
        for (var i = 0; i < list.Count; i++)
        {
            // The same festival in the same year twice is a copy-paste slip: the page would list it twice.
            var key = (list[i].Name.Trim().ToUpperInvariant(), list[i].Year);
            if (!firstOf.TryAdd(key, i))
            {
                var firstLine = festivals.Positions.Of($"$.festivals[{firstOf[key]}]").Line;
                problems.Add(festivals.Problem($"$.festivals[{i}]",
                    $"this festival ({list[i].Name}, {list[i].Year}) is written twice, on line {firstLine} and on this line, and the pages would list it twice. Remove one of the two."));
            }
            RequireText(festivals, $"$.festivals[{i}].name", list[i].Name, problems);
            CheckAward(festivals, i, problems);
            var year = list[i].Year;
            if (year < FirstFestivalYear || year < filmYear - 1 || year > filmYear + 50)
            {
                problems.Add(festivals.Problem($"$.festivals[{i}].year",
                    $"{year} makes no sense for a festival selection of a film from {filmYear?.ToString(CultureInfo.InvariantCulture) ?? "film.json's year"}; write the year the festival showed it."));
            }
        }
    }

    public static void Check(JsonFile<TheatricalRun> run, ICollection<ContentProblem> problems)
    {
        var engagements = run.Value.Engagements;
        if (engagements.Count == 0)
        {
            problems.Add(run.Problem("$.engagements", "the list of engagements is empty; add at least the opening engagement."));
        }
        for (var i = 0; i < engagements.Count; i++)
        {
            RequireText(run, $"$.engagements[{i}].theater", engagements[i].Theater, problems);
            RequirePlausible(run, $"$.engagements[{i}].start", engagements[i].Start, problems);
            RequirePlausible(run, $"$.engagements[{i}].end", engagements[i].End, problems);
            if (engagements[i].End < engagements[i].Start)
            {
                problems.Add(run.Problem($"$.engagements[{i}].end",
                    $"this engagement ends ({engagements[i].End:yyyy-MM-dd}) before it starts ({engagements[i].Start:yyyy-MM-dd}); swap or correct the dates."));
            }
            CheckWhereAndTickets(run, i, problems);
        }
        RefuseRepeatedEngagements(run, problems);
    }

    /// <summary>The same theater on the same dates twice is a copy-paste slip: the totals would count its days twice.</summary>
    private static void RefuseRepeatedEngagements(JsonFile<TheatricalRun> run, ICollection<ContentProblem> problems)
    {
        var firstOf = new Dictionary<(string Theater, DateOnly Start, DateOnly End), int>();
        var engagements = run.Value.Engagements;
        for (var i = 0; i < engagements.Count; i++)
        {
            var key = (engagements[i].Theater.Trim().ToUpperInvariant(), engagements[i].Start, engagements[i].End);
            if (!firstOf.TryAdd(key, i))
            {
                var firstLine = run.Positions.Of($"$.engagements[{firstOf[key]}]").Line;
                problems.Add(run.Problem($"$.engagements[{i}]",
                    $"this engagement ({engagements[i].Theater}, {engagements[i].Start:yyyy-MM-dd} to {engagements[i].End:yyyy-MM-dd}) is written twice, on line {firstLine} and on this line, and its days would be counted twice. Remove one of the two lines."));
            }
        }
    }

    /// <summary>The opening date in film.json must be the first day any theater showed the film.</summary>
    public static void CheckAgreement(JsonFile<Film> film, JsonFile<TheatricalRun> run, ICollection<ContentProblem> problems)
    {
        if (run.Value.Engagements.Count == 0)
        {
            return;
        }
        var firstDay = run.Value.Engagements.Min(e => e.Start);
        if (film.Value.Release.Opening != firstDay)
        {
            problems.Add(film.Problem("$.release.opening",
                $"the opening date {film.Value.Release.Opening:yyyy-MM-dd} disagrees with the first engagement in {run.DisplayName}, which starts {firstDay:yyyy-MM-dd}; make them the same."));
        }
    }

    private static void RequireText<T>(JsonFile<T> file, string path, string? value, ICollection<ContentProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            var field = JsonContentReader.FieldName(path);
            problems.Add(file.Problem(path, $"'{field}' is empty; write the text between the quotes."));
        }
    }

    // \A and \z: '$' would also match before a final line break.
    /// <summary>Pages compute with dates (a month later, days between); a year like 9999 is a typo that would break them.</summary>
    private static void RequirePlausible<T>(JsonFile<T> file, string path, DateOnly date, ICollection<ContentProblem> problems)
    {
        if (date.Year < ContentLimits.FirstYear || date.Year > ContentLimits.LastYear)
        {
            var field = JsonContentReader.FieldName(path);
            problems.Add(file.Problem(path, $"'{field}' is {date:yyyy-MM-dd}, which cannot be right: dates must lie between the years {ContentLimits.FirstYear} and {ContentLimits.LastYear}. Correct the date."));
        }
    }

    [GeneratedRegex(@"\A[A-Za-z0-9_-]{11}\z")]
    private static partial Regex YoutubeId();
}
