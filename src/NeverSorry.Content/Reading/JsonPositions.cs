using System.Text;
using System.Text.Json;

namespace NeverSorry.Content.Reading;

/// <summary>
/// Where each value of a JSON file stands (line and column), keyed by the same paths System.Text.Json
/// puts in its errors (<c>$.engagements[2].end</c>), so a problem found after parsing can still name
/// the line staff must look at. Also finds a field written twice in one object, which the parser accepts
/// silently (the last one wins).
/// </summary>
public sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column)> _byPath;

    private JsonPositions(Dictionary<string, (int Line, int Column)> byPath, IReadOnlyList<DuplicateField> duplicates) =>
        (_byPath, Duplicates) = (byPath, duplicates);

    /// <summary>Every field that appears a second time in its object, in the order of the file.</summary>
    public IReadOnlyList<DuplicateField> Duplicates { get; }

    /// <summary>The position of the value at <paramref name="path"/>, or of its nearest recorded parent.</summary>
    public (int Line, int Column) Of(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (_byPath.TryGetValue(p, out var position))
            {
                return position;
            }
        }
        return (1, 1);
    }

    /// <summary>Indexes a JSON document that is known to be well formed, in one pass over its bytes.</summary>
    public static JsonPositions Index(byte[] utf8)
    {
        var byPath = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var duplicates = new List<DuplicateField>();
        var frames = new List<Frame>();
        var cursor = new Cursor(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        while (reader.Read())
        {
            var top = frames.Count > 0 ? frames[^1] : null;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    top!.Name = reader.GetString();
                    var position = cursor.MoveTo(reader.TokenStartIndex);
                    if (!top.Seen.TryAdd(top.Name!, position.Line))
                    {
                        duplicates.Add(new DuplicateField(top.Name!, top.Seen[top.Name!], position.Line, position.Column));
                    }
                    byPath[PathOf(frames)] = position;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    break;
                default:
                    if (top is { IsArray: true })
                    {
                        top.Index++;
                        byPath[PathOf(frames)] = cursor.MoveTo(reader.TokenStartIndex);
                    }
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        frames.Add(new Frame { IsArray = reader.TokenType == JsonTokenType.StartArray });
                    }
                    break;
            }
        }
        return new JsonPositions(byPath, duplicates);
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (!frame.IsArray && frame.Name is not null)
            {
                path.Append('.').Append(frame.Name);
            }
        }
        return path.ToString();
    }

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut <= 0 ? "" : path[..cut];
    }

    /// <summary>
    /// Line and column of byte offsets asked for in increasing order: each call counts only the bytes since
    /// the previous one, so a whole file costs one pass (counting from the start every time was quadratic).
    /// </summary>
    private sealed class Cursor(byte[] utf8)
    {
        private int _offset;
        private int _line = 1;
        private int _column = 1;

        public (int Line, int Column) MoveTo(long offset)
        {
            var skipped = utf8.AsSpan(_offset, (int)offset - _offset);
            var lastNewLine = skipped.LastIndexOf((byte)'\n');
            if (lastNewLine < 0)
            {
                _column += Encoding.UTF8.GetCharCount(skipped);
            }
            else
            {
                _line += skipped.Count((byte)'\n');
                _column = 1 + Encoding.UTF8.GetCharCount(skipped[(lastNewLine + 1)..]);
            }
            _offset = (int)offset;
            return (_line, _column);
        }
    }

    private sealed class Frame
    {
        public bool IsArray { get; init; }
        public int Index { get; set; } = -1;
        public string? Name { get; set; }

        /// <summary>The object's field names so far, with the line of each.</summary>
        public Dictionary<string, int> Seen { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>A field written a second time in the same object: its name, the first line, and where it repeats.</summary>
public sealed record DuplicateField(string Name, int FirstLine, int Line, int Column);
