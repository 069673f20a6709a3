using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;

namespace NeverSorry.Content.Checking;

public static partial class ContentValidator
{
    /// <summary>A laurel sets the prize in capitals on lines of about fourteen letters; past this it would be taller than wide.</summary>
    public const int AwardMaxChars = 80;

    /// <summary>A festival's award, when written, is the prize's name on one line of reasonable length: it is drawn on a laurel.</summary>
    private static void CheckAward(JsonFile<FestivalList> festivals, int index, ICollection<ContentProblem> problems)
    {
        var award = festivals.Value.Festivals[index].Award;
        if (award is null)
        {
            return;
        }
        var path = $"$.festivals[{index}].award";
        if (string.IsNullOrWhiteSpace(award))
        {
            problems.Add(festivals.Problem(path, "'award' is empty; write the prize the film won, or remove the award so the laurel says Official Selection."));
        }
        else if (award.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'))
        {
            problems.Add(festivals.Problem(path, "'award' must be one line of plain text; remove the line break or invisible character from it."));
        }
        else if (award.Trim().Length > AwardMaxChars)
        {
            problems.Add(festivals.Problem(path, $"'award' is {award.Trim().Length} characters long, more than a laurel holds ({AwardMaxChars}); write the prize's name as the festival gives it, without the festival or the year."));
        }
    }
}
