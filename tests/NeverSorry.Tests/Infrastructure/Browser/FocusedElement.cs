namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>What the browser reports about document.activeElement, read by <see cref="Script"/> (Playwright fills the properties).</summary>
public sealed record FocusedElement
{
    public string Tag { get; init; } = "";
    public string Id { get; init; } = "";
    public string Text { get; init; } = "";
    public string Path { get; init; } = "";
    public double Top { get; init; }
    public double Width { get; init; }
    public double Height { get; init; }
    public double OutlineWidth { get; init; }
    public string OutlineStyle { get; init; } = "";
    public string BoxShadow { get; init; } = "";

    /// <summary>
    /// Reads the focused element; its path (tag and position among its siblings, up to the root) tells two
    /// stops apart. An outline of style none draws nothing whatever its width, so it counts as zero.
    /// </summary>
    public const string Script = """
        () => {
          const el = document.activeElement ?? document.body;
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          const path = [];
          for (let node = el; node && node.parentElement; node = node.parentElement) {
            path.unshift(`${node.tagName}:${[...node.parentElement.children].indexOf(node)}`);
          }
          return {
            tag: el.tagName,
            id: el.id,
            text: (el.innerText ?? '').trim().slice(0, 80),
            path: path.join('>'),
            top: box.top,
            width: box.width,
            height: box.height,
            outlineWidth: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) || 0,
            outlineStyle: style.outlineStyle,
            boxShadow: style.boxShadow,
          };
        }
        """;
}
