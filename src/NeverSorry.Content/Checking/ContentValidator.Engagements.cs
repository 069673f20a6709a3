using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;

namespace NeverSorry.Content.Checking;

/// <summary>An engagement's optional city, address and ticket page: what a moviegoer acts on, so they must be usable as written.</summary>
public static partial class ContentValidator
{
    /// <summary>Longer than any city's name: more is a paragraph pasted into the wrong field.</summary>
    internal const int CityChars = 80;

    /// <summary>A street, number, city, state and postal code fit with room to spare.</summary>
    internal const int AddressChars = 200;

    private static void CheckWhereAndTickets(JsonFile<TheatricalRun> run, int i, ICollection<ContentProblem> problems)
    {
        var engagement = run.Value.Engagements[i];
        CheckOneLine(run, $"$.engagements[{i}].city", engagement.City, CityChars, "for example \"New York\"", problems);
        CheckOneLine(run, $"$.engagements[{i}].address", engagement.Address, AddressChars, "with commas between its parts", problems);
        if (engagement.Tickets is { } tickets && (!tickets.IsAbsoluteUri || tickets.Scheme != "https"))
        {
            problems.Add(run.Problem($"$.engagements[{i}].tickets", "the ticket page must be a full web address starting with https://; copy it from the browser's address bar."));
        }
    }

    /// <summary>Text shown on one line beside a theater's name: present means written, on one line, and of a plausible length.</summary>
    private static void CheckOneLine<T>(JsonFile<T> file, string path, string? value, int maxChars, string example, ICollection<ContentProblem> problems)
    {
        if (value is null)
        {
            return;
        }
        var field = JsonContentReader.FieldName(path);
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(file.Problem(path, $"'{field}' is empty; write the text between the quotes, or remove the field."));
        }
        else if (value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal))
        {
            problems.Add(file.Problem(path, $"'{field}' has a line break in it; write it on one line, {example}."));
        }
        else if (value.Length > maxChars)
        {
            problems.Add(file.Problem(path, $"'{field}' is {value.Length} characters long, more than the {maxChars} it may have; write it shorter, {example}."));
        }
    }
}
