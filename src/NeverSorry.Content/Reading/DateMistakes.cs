using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NeverSorry.Content.Reading;

/// <summary>
/// A date written in the right form that is not a day of the calendar ("2012-02-30", "2012-13-01"): the
/// parser only says it is not a date, so staff are told which part is wrong.
/// </summary>
public static partial class DateMistakes
{
    /// <summary>What is wrong with the date text at <paramref name="path"/>, or null when it is not written yyyy-MM-dd at all.</summary>
    public static string? Explain(byte[] utf8, string path)
    {
        if (TextAt(utf8, path) is not { } text || YearMonthDay().Match(text) is not { Success: true } parts)
        {
            return null;
        }
        var (year, month, day) = (Number(parts, 1), Number(parts, 2), Number(parts, 3));
        var field = JsonContentReader.FieldName(path);
        if (month is < 1 or > 12)
        {
            return $"'{field}' is \"{text}\", but there is no month {month}: dates are written year-month-day (yyyy-MM-dd), so the month comes second and goes from 01 to 12. Correct the date.";
        }
        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        var days = year is >= 1 and <= 9999 ? DateTime.DaysInMonth(year, month) : 31;
        return day switch
        {
            < 1 => $"'{field}' is \"{text}\", but there is no day 0: days go from 01 to {days}. Correct the date.",
            _ when day > days => $"'{field}' is \"{text}\", but {monthName} {year} has no {Ordinal(day)}: it has {days} days. Correct the date.",
            _ => null,
        };
    }

    private static int Number(Match parts, int group) => int.Parse(parts.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string Ordinal(int day) => (day % 100, day % 10) switch
    {
        (11 or 12 or 13, _) => $"{day}th",
        (_, 1) => $"{day}st",
        (_, 2) => $"{day}nd",
        (_, 3) => $"{day}rd",
        _ => $"{day}th",
    };

    /// <summary>The text value at a path like <c>$.engagements[2].end</c>, or null if the file or path does not lead to one.</summary>
    private static string? TextAt(byte[] utf8, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var element = document.RootElement;
            foreach (Match step in PathStep().Matches(path))
            {
                if (step.Groups[1].Success)
                {
                    if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(step.Groups[1].Value, out element))
                    {
                        return null;
                    }
                    continue;
                }
                var index = int.Parse(step.Groups[2].Value, CultureInfo.InvariantCulture);
                if (element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength())
                {
                    return null;
                }
                element = element[index];
            }
            return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        }
        catch (JsonException)
        {
            // Broken further on: the parser's own complaint stands.
            return null;
        }
    }

    // \A and \z: '$' would also match before a final line break.
    [GeneratedRegex(@"\A(\d{4})-(\d{2})-(\d{2})\z")]
    private static partial Regex YearMonthDay();

    [GeneratedRegex(@"\.([^.\[]+)|\[(\d+)\]")]
    private static partial Regex PathStep();
}
