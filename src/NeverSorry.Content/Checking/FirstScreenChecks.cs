using System.Buffers;
using System.Globalization;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;

namespace NeverSorry.Content.Checking;

/// <summary>
/// What film.json gives the home page's first screen: a logline that fits it (one plain sentence, one line), and
/// focus points inside their pictures.
/// </summary>
public static class FirstScreenChecks
{
    /// <summary>About two lines of the first screen on a desktop, six on a phone: one sentence, not a paragraph.</summary>
    public const int LoglineChars = 240;

    /// <summary>Characters of Markdown and HTML, which a logline would show as they are.</summary>
    private static readonly SearchValues<char> s_markup = SearchValues.Create("*_<>[]`#");

    public static void Check(JsonFile<Film> film, ICollection<ContentProblem> problems)
    {
        var f = film.Value;
        if (f.Logline is { } logline)
        {
            CheckLogline(film, logline, problems);
        }
        CheckFocus(film, "$.still.focus", f.Still?.Focus, problems);
        CheckFocus(film, "$.poster.focus", f.Poster?.Focus, problems);
        for (var i = 0; i < f.Stills.Count; i++)
        {
            CheckFocus(film, $"$.stills[{i}].focus", f.Stills[i].Focus, problems);
        }
    }

    private static void CheckLogline(JsonFile<Film> film, string logline, ICollection<ContentProblem> problems)
    {
        const string path = "$.logline";
        if (string.IsNullOrWhiteSpace(logline))
        {
            problems.Add(film.Problem(path, "'logline' is empty; write the film in one sentence between the quotes, or leave the logline out."));
        }
        else if (logline.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            problems.Add(film.Problem(path, "the logline has a line break (\\n); it is one sentence on one line: join the lines with a space."));
        }
        else if (logline.Trim().Length > LoglineChars)
        {
            problems.Add(film.Problem(path, string.Create(CultureInfo.InvariantCulture,
                $"the logline is {logline.Trim().Length} characters long, more than the {LoglineChars} the home page's first screen has room for; shorten it to one sentence.")));
        }
        else if (logline.AsSpan().IndexOfAny(s_markup) is var at and >= 0)
        {
            problems.Add(film.Problem(path,
                $"the logline contains '{logline[at]}', which would be shown as it is: the logline is plain words, without Markdown or HTML. Remove it (quotes and apostrophes are fine)."));
        }
    }

    private static void CheckFocus(JsonFile<Film> film, string path, Focus? focus, ICollection<ContentProblem> problems)
    {
        if (focus is null)
        {
            return;
        }
        if (focus.X is < 0 or > 1)
        {
            problems.Add(film.Problem($"{path}.x", Outside("x", focus.X, "0 (left edge) and 1 (right edge)")));
        }
        if (focus.Y is < 0 or > 1)
        {
            problems.Add(film.Problem($"{path}.y", Outside("y", focus.Y, "0 (top edge) and 1 (bottom edge)")));
        }
    }

    private static string Outside(string axis, double value, string range) => string.Create(CultureInfo.InvariantCulture,
        $"the focus's \"{axis}\" is {value}, but it must be between {range}: a fraction of the picture, e.g. 0.5 for the middle.");
}
