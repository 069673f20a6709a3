using System.Text.RegularExpressions;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>Finds text a reader would take for a date ("July 27, 2012", "Jul 27, 2012", "27 July 2012", "07/27/2012", "2012-07-27").</summary>
public static partial class DatesInText
{
    public static IReadOnlyList<string> Find(string text) => Date().Matches(text).Select(m => m.Value).ToList();

    [GeneratedRegex(
        @"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
        + @"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}"
        + @"|\d{1,2}/\d{1,2}/\d{2,4}"
        + @"|\d{4}-\d{2}-\d{2})\b")]
    private static partial Regex Date();
}
