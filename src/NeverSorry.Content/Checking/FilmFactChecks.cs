using System.Globalization;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;

namespace NeverSorry.Content.Checking;

/// <summary>
/// The facts a press kit prints beside the title (running time, countries, languages, subtitles, format) and the
/// credits: each as a journalist would copy it, on one line, of a plausible length, never twice.
/// </summary>
public static class FilmFactChecks
{
    /// <summary>Ten hours: longer than any documentary in theaters; more is seconds written as minutes.</summary>
    public const int MostMinutes = 600;

    /// <summary>A country's or a language's name ("Bosnia and Herzegovina" is 22 letters).</summary>
    public const int NameChars = 60;

    /// <summary>Names in one list: a fact sheet line, not an index.</summary>
    public const int MostNames = 20;

    /// <summary>"DCP, color, 1.78:1, 5.1 surround, 91 minutes" with room to spare.</summary>
    public const int FormatChars = 120;

    /// <summary>A credit's role or name, e.g. "Executive Producer" or a company's full name.</summary>
    public const int CreditChars = 100;

    public static void Check(JsonFile<Film> film, ICollection<ContentProblem> problems)
    {
        var f = film.Value;
        if (f.RuntimeMinutes is { } minutes)
        {
            CheckRuntime(film, minutes, problems);
        }
        CheckNames(film, "countries", "country", f.Countries, problems);
        CheckNames(film, "languages", "language", f.Languages, problems);
        CheckNames(film, "subtitles", "subtitle language", f.Subtitles, problems);
        TextChecks.OneLine(film, "$.format", f.Format, FormatChars, "for example \"DCP, color, 1.78:1\"", problems);
        CheckCredits(film, problems);
    }

    private static void CheckRuntime(JsonFile<Film> film, int minutes, ICollection<ContentProblem> problems)
    {
        if (minutes < 1)
        {
            problems.Add(film.Problem("$.runtimeMinutes", Invariant($"'runtimeMinutes' is {minutes}, but a film runs at least a minute: write its running time in whole minutes, for example 91, or leave the field out.")));
        }
        else if (minutes > MostMinutes)
        {
            problems.Add(film.Problem("$.runtimeMinutes", Invariant($"'runtimeMinutes' is {minutes}, more than {MostMinutes} minutes (ten hours): write the running time in minutes, for example 91 for 1 h 31 min, not in seconds.")));
        }
    }

    /// <summary>A list of names (countries, languages): each written, on one line, short, and only once.</summary>
    private static void CheckNames(JsonFile<Film> film, string list, string one, IReadOnlyList<string> names, ICollection<ContentProblem> problems)
    {
        if (names.Count > MostNames)
        {
            problems.Add(film.Problem($"$.{list}", Invariant($"'{list}' lists {names.Count} names, more than the {MostNames} a fact sheet has room for; keep the ones that matter to press.")));
        }
        var firstOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            var path = Invariant($"$.{list}[{i}]");
            var name = names[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add(film.Problem(path, $"a {one} in '{list}' is empty; write its name between the quotes, or remove the empty entry from the list."));
            }
            else if (TextChecks.IsNotOneLine(name))
            {
                problems.Add(film.Problem(path, $"the {one} '{TextChecks.Shown(name)}' has a line break or an invisible character in it; write one name on one line."));
            }
            else if (name.Trim().Length > NameChars)
            {
                problems.Add(film.Problem(path, Invariant($"a {one} in '{list}' is {name.Trim().Length} characters long, more than the {NameChars} a name may have; write one name per entry, for example \"English\", \"Mandarin\".")));
            }
            else if (!firstOf.TryAdd(name.Trim(), i))
            {
                var firstLine = film.Positions.Of(Invariant($"$.{list}[{firstOf[name.Trim()]}]")).Line;
                problems.Add(film.Problem(path, Invariant($"'{name.Trim()}' is written twice in '{list}', on line {firstLine} and here; remove one of the two.")));
            }
        }
    }

    /// <summary>A role is required; a name is optional (a role listed before its name is known is not shown); no credit twice.</summary>
    private static void CheckCredits(JsonFile<Film> film, ICollection<ContentProblem> problems)
    {
        var credits = film.Value.Credits;
        var firstOf = new Dictionary<(string Role, string Name), int>();
        for (var i = 0; i < credits.Count; i++)
        {
            var credit = credits[i];
            var path = Invariant($"$.credits[{i}]");
            if (string.IsNullOrWhiteSpace(credit.Role))
            {
                problems.Add(film.Problem($"{path}.role", "'role' is empty; write the credit's role between the quotes, for example \"Editor\"."));
                continue;
            }
            TextChecks.OneLine(film, $"{path}.role", credit.Role, CreditChars, "for example \"Executive Producer\"", problems);
            if (!string.IsNullOrWhiteSpace(credit.Name))
            {
                TextChecks.OneLine(film, $"{path}.name", credit.Name, CreditChars, "the name as the credits spell it", problems);
            }
            var key = (credit.Role.Trim().ToUpperInvariant(), credit.Name?.Trim().ToUpperInvariant() ?? "");
            if (!firstOf.TryAdd(key, i))
            {
                var firstLine = film.Positions.Of(Invariant($"$.credits[{firstOf[key]}]")).Line;
                var shown = string.IsNullOrWhiteSpace(credit.Name) ? $"{credit.Role.Trim()}, no name yet" : $"{credit.Role.Trim()}: {credit.Name.Trim()}";
                problems.Add(film.Problem(path, Invariant($"this credit ({shown}) is written twice, on line {firstLine} and on this line, and the credits would list it twice. Remove one of the two.")));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
