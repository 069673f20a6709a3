using System.Text;
using System.Text.Json;

namespace NeverSorry.Web.Content;

/// <summary>
/// Where each value of a JSON file stands (line and column), keyed by the same paths System.Text.Json
/// puts in its errors (<c>$.engagements[2].end</c>), so a problem found after parsing can still name
/// the line staff must look at.
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column)> _byPath;

    private JsonPositions(Dictionary<string, (int Line, int Column)> byPath) => _byPath = byPath;

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

    /// <summary>Indexes a JSON document that is known to be well formed.</summary>
    public static JsonPositions Index(byte[] utf8)
    {
        var byPath = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        while (reader.Read())
        {
            var top = frames.Count > 0 ? frames[^1] : null;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    top!.Name = reader.GetString();
                    byPath[PathOf(frames)] = Locate(utf8, reader.TokenStartIndex);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    break;
                default:
                    if (top is { IsArray: true })
                    {
                        top.Index++;
                        byPath[PathOf(frames)] = Locate(utf8, reader.TokenStartIndex);
                    }
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        frames.Add(new Frame { IsArray = reader.TokenType == JsonTokenType.StartArray });
                    }
                    break;
            }
        }
        return new JsonPositions(byPath);
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

    private static (int Line, int Column) Locate(byte[] utf8, long offset)
    {
        var lineStart = Array.LastIndexOf(utf8, (byte)'\n', (int)Math.Max(0, offset - 1)) + 1;
        var line = 1 + utf8.AsSpan(0, lineStart).Count((byte)'\n');
        var column = 1 + Encoding.UTF8.GetCharCount(utf8, lineStart, (int)offset - lineStart);
        return (line, column);
    }

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut <= 0 ? "" : path[..cut];
    }

    private sealed class Frame
    {
        public bool IsArray { get; init; }
        public int Index { get; set; } = -1;
        public string? Name { get; set; }
    }
}
