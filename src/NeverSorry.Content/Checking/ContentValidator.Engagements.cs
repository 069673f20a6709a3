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
        TextChecks.OneLine(run, $"$.engagements[{i}].city", engagement.City, CityChars, "for example \"New York\"", problems);
        TextChecks.OneLine(run, $"$.engagements[{i}].address", engagement.Address, AddressChars, "with commas between its parts", problems);
        if (engagement.Tickets is { } tickets && (!tickets.IsAbsoluteUri || tickets.Scheme != "https"))
        {
            problems.Add(run.Problem($"$.engagements[{i}].tickets", "the ticket page must be a full web address starting with https://; copy it from the browser's address bar."));
        }
    }
}
