using System.Text;

namespace NeverSorry.Content.Reading;

/// <summary>
/// A StringWriter that refuses to grow past a limit, counting everything ever written to it (clearing its
/// buffer does not reset the count). A small Markdown file can render to gigabytes, e.g. a link reference
/// with a long address used a hundred thousand times; this stops the renderer at the limit instead.
/// </summary>
public sealed class BoundedWriter(int maxChars) : StringWriter
{
    private long _written;

    public override void Write(char value)
    {
        Count(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Count(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Count(buffer.Length);
        base.Write(buffer);
    }

    public override void Write(string? value)
    {
        Count(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(StringBuilder? value)
    {
        Count(value?.Length ?? 0);
        base.Write(value);
    }

    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        Count(buffer.Length + CoreNewLine.Length);
        base.WriteLine(buffer);
    }

    public override void WriteLine(StringBuilder? value)
    {
        Count((value?.Length ?? 0) + CoreNewLine.Length);
        base.WriteLine(value);
    }

    private void Count(int chars)
    {
        _written += chars;
        if (_written > maxChars)
        {
            throw new TooLargeException();
        }
    }

    /// <summary>Thrown by a write that would take the text past the limit.</summary>
    public sealed class TooLargeException() : Exception("The rendered text is larger than its limit.");
}
