using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using NeverSorry.Content.Model;

namespace NeverSorry.Content.Reading;

/// <summary>A JSON content file read into its record, with the positions needed to report on it.</summary>
public sealed record JsonFile<T>(T Value, string DisplayName, JsonPositions Positions)
{
    public ContentProblem Problem(string path, string message)
    {
        var (line, column) = Positions.Of(path);
        return new ContentProblem(DisplayName, line, column, message);
    }
}

/// <summary>
/// Reads a JSON content file strictly (unknown fields, missing fields and nulls are errors) and turns
/// System.Text.Json's developer-worded errors into sentences staff can act on.
/// </summary>
public static partial class JsonContentReader
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static JsonFile<T>? Read<T>(ContentFolder folder, JsonContentFile<T> file, ICollection<ContentProblem> problems)
        where T : class => Read<T>(folder, file.Name, problems);

    public static JsonFile<T>? Read<T>(ContentFolder folder, string fileName, ICollection<ContentProblem> problems)
        where T : class
    {
        var displayName = folder.DisplayName(fileName);
        if (ContentFileReader.Read(folder, fileName, ContentLimits.JsonFileBytes, problems) is not { } read)
        {
            return null;
        }
        if (JsonMistakes.Utf16(read) is { } encoding)
        {
            problems.Add(new ContentProblem(displayName, 1, 1, encoding));
            return null;
        }
        var bytes = WithoutByteOrderMark(read);

        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, Options);
            if (value is null)
            {
                problems.Add(new ContentProblem(displayName, 1, 1, "the file holds 'null'; it must hold an object in { braces }."));
                return null;
            }
            var positions = JsonPositions.Index(bytes);
            foreach (var duplicate in positions.Duplicates)
            {
                problems.Add(new ContentProblem(displayName, duplicate.Line, duplicate.Column,
                    $"'{duplicate.Name}' is written twice in the same {{ }}, on line {duplicate.FirstLine} and on this line; only one would count. Keep the right one and remove the other."));
            }
            return positions.Duplicates.Count > 0 ? null : new JsonFile<T>(value, displayName, positions);
        }
        catch (JsonException ex)
        {
            foreach (var problem in Problems<T>(ex, bytes, displayName))
            {
                problems.Add(problem);
            }
            return null;
        }
    }

    /// <summary>
    /// Every unknown field at once (the parser stops at the first); a missing field at the object it belongs to
    /// (the parser stops at its closing brace); else the parser's one complaint.
    /// </summary>
    private static IEnumerable<ContentProblem> Problems<T>(JsonException ex, byte[] bytes, string displayName)
    {
        var message = WithoutLocation(ex.Message);
        if (Unmapped().IsMatch(message) && UnknownFields.In(bytes, typeof(T), Options) is { Count: > 0 } unknown)
        {
            var positions = JsonPositions.Index(bytes);
            return unknown.Select(field =>
            {
                var (line, column) = positions.Of(field.Path);
                return new ContentProblem(displayName, line, column, $"'{field.Name}' is not a field this file knows (a typo?). The fields allowed here are: {field.Allowed}.");
            });
        }
        if (MissingRequired().IsMatch(message) && ex.Path is { } objectPath)
        {
            var (line, column) = JsonPositions.Index(bytes).Of(objectPath);
            return [new ContentProblem(displayName, line, column, Explain(ex).Message)];
        }
        return [Problem(ex, bytes, displayName)];
    }

    /// <summary>The parser's complaint, or the staff mistake behind it when one is recognised: an impossible date, a curly quote.</summary>
    private static ContentProblem Problem(JsonException ex, byte[] bytes, string displayName)
    {
        var explained = Explain(ex);
        if (explained.DateText && ex.Path is { } path && DateMistakes.Explain(bytes, path) is { } date)
        {
            // The file is well formed up to here, so the date's field can be found as any other.
            var (dateLine, dateColumn) = JsonPositions.Index(bytes).Of(path);
            return new ContentProblem(displayName, dateLine, dateColumn, date);
        }
        if (explained.Malformed && JsonMistakes.CurlyQuote(bytes, displayName) is { } curly)
        {
            return curly;
        }
        var line = (int)(ex.LineNumber ?? 0) + 1;
        var column = (int)(ex.BytePositionInLine ?? 0) + 1;
        return new ContentProblem(displayName, line, column, explained.Message);
    }

    /// <summary>Notepad and some editors start UTF-8 files with an invisible mark the JSON reader rejects.</summary>
    private static byte[] WithoutByteOrderMark(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    private static Explanation Explain(JsonException ex)
    {
        var message = WithoutLocation(ex.Message);
        var field = FieldName(ex.Path);

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            return new($"a required field is missing here: {missing.Groups[1].Value}. Add it, or check its spelling.");
        }
        if (Unmapped().Match(message) is { Success: true } unknown)
        {
            var allowed = AllowedFields(unknown.Groups[2].Value);
            return new($"'{unknown.Groups[1].Value}' is not a field this file knows (a typo?). The fields allowed here are: {allowed}.");
        }
        if (NullNotAllowed().IsMatch(message))
        {
            return new($"'{field}' cannot be null; give it a value or remove the line if the field is optional.");
        }
        if (NotConvertible().Match(message) is { Success: true } conversion)
        {
            return conversion.Groups[1].Value switch
            {
                "System.DateOnly" or "System.Nullable`1[System.DateOnly]" => new($"'{field}' must be a date written yyyy-MM-dd in quotes, for example \"2012-07-27\".", DateText: true),
                "System.Int32" or "System.Nullable`1[System.Int32]" => new($"'{field}' must be a whole number without quotes, for example {(field == "runtimeMinutes" ? "91" : "2012")}."),
                "System.String" => new($"'{field}' must be text in double quotes."),
                "System.Uri" => new($"'{field}' must be a full web address in quotes, starting with https://."),
                _ when conversion.Groups[1].Value.StartsWith("System.Collections", StringComparison.Ordinal)
                    => new($"'{field}' must be a list in [ square brackets ]."),
                _ => new($"'{field}' has the wrong kind of value here; it must be an object in {{ braces }}."),
            };
        }
        return new($"the JSON is not well formed here: {MalformedHint(message)}", Malformed: true);
    }

    /// <summary>Words for the reader's usual complaints; the reader's own text is kept as a last resort.</summary>
    private static string MalformedHint(string message) => message switch
    {
        _ when message.Contains("Expected either ','", StringComparison.Ordinal)
            => "a comma is missing just before this point. End the previous line with ','.",
        _ when message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase)
            => "there is a comma after the last item. Remove the ',' before the closing bracket or brace.",
        _ when message.Contains("after a single JSON value", StringComparison.Ordinal)
            => "there is more text after the closing '}' of the file. Remove it (an extra '}' or ']'?).",
        _ when message.Contains("does not contain any JSON tokens", StringComparison.Ordinal)
            => "the file is empty. It must hold an object in { braces }; see content/README.md.",
        _ when message.Contains("invalid within a JSON string", StringComparison.Ordinal)
            => "a text value is not closed. Add the closing double quote (\") at the end of the value.",
        _ when message.Contains("end of data", StringComparison.Ordinal) || message.Contains("depth to be zero", StringComparison.Ordinal)
            => "the file ends too early. A closing quote, ']' or '}' is missing.",
        _ when message.Contains("maximum configured depth", StringComparison.Ordinal)
            => "lists and braces are nested too deeply here. The content files need only a few levels; look for brackets opened and never closed.",
        _ when message.Contains("invalid start of a value", StringComparison.Ordinal) || message.Contains("invalid start of a property name", StringComparison.Ordinal)
            => "this is not a valid value. Text goes in double quotes (\"like this\"), numbers and true/false without quotes, and names in double quotes.",
        _ => $"{message} Look for a missing or extra comma, quote or bracket at or just before this point.",
    };

    private static string AllowedFields(string typeName)
    {
        var type = typeof(JsonContentReader).Assembly.GetType(typeName);
        return type is null
            ? "see content/README.md"
            : UnknownFields.Allowed(Options.GetTypeInfo(type));
    }

    /// <summary>The last name in a JSON path ("$.release.opening" → "opening"), as staff know the field.</summary>
    internal static string FieldName(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "value";
        }
        var cut = path.LastIndexOf('.');
        return cut < 0 ? path : path[(cut + 1)..];
    }

    private static string WithoutLocation(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    /// <summary>Staff's words for the parser's complaint, and what kind of complaint it was.</summary>
    private readonly record struct Explanation(string Message, bool DateText = false, bool Malformed = false);

    [GeneratedRegex(@"missing required properties including: (.+?)\.?$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"The JSON property '(.+?)' could not be mapped to any \.NET member contained in type '(.+?)'")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"doesn't allow (getting|setting) null values|null value.*non-nullable|cannot be null", RegexOptions.IgnoreCase)]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"could not be converted to (.+?)\.$")]
    private static partial Regex NotConvertible();
}
