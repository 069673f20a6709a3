namespace NeverSorry.Web.Laurels;

/// <summary>One line of a laurel, where it stands (baseline) and, for a line too long to fit, the width it is squeezed to.</summary>
internal sealed record LaurelLine(string Text, LaurelLine.Kind Style, double Baseline, double? SqueezedTo)
{
    public enum Kind { Award, Name, Year }

    public double Size => Style switch { Kind.Award => 12, Kind.Name => 15, _ => 13 };
}

/// <summary>
/// Sets a laurel's lines inside its wreath: the award (capitals, on short lines), the festival's name wrapped,
/// the year. The wreath is always <see cref="Width"/> wide and grows taller until every line clears the inner
/// leaves, so a long name makes a taller laurel rather than smaller text (none under 12 px at 1:1).
/// Text widths are estimated, not measured: the page's font is not known here, so the estimates are generous.
/// </summary>
internal static class LaurelLayout
{
    public const double Width = 200, MinHeight = 120;

    private const int AwardChars = 14, NameChars = 17;
    private const double Gap = 4;

    /// <summary>How much of the ellipse's half-width the inner leaves and a margin take.</summary>
    private const double InnerLeaves = 15;

    private static double RadiusX => Width / 2 - WreathGeometry.Inset;

    public static (IReadOnlyList<LaurelLine> Lines, double Height) Set(IReadOnlyList<string> lines)
    {
        var rows = new List<(string Text, LaurelLine.Kind Kind)>();
        rows.AddRange(Wrap(lines[0].ToUpperInvariant(), AwardChars).Select(t => (t, LaurelLine.Kind.Award)));
        rows.AddRange(Wrap(lines[1], NameChars).Select(t => (t, LaurelLine.Kind.Name)));
        rows.Add((lines[2], LaurelLine.Kind.Year));

        // Baselines measured from the top of the block, then the block centred in the wreath.
        var placed = new List<LaurelLine>();
        var top = 0.0;
        LaurelLine.Kind? previous = null;
        foreach (var (text, kind) in rows)
        {
            var line = new LaurelLine(text, kind, 0, null);
            top += previous is { } p && p != kind ? Gap : 0;
            placed.Add(line with { Baseline = top + line.Size * 0.9 });
            top += line.Size * 1.2;
            previous = kind;
        }
        var blockHeight = top;

        var radiusY = (MinHeight / 2) - WreathGeometry.Inset;
        var fitted = new List<LaurelLine>();
        foreach (var line in placed)
        {
            var halfWidth = Math.Min(EstimatedWidth(line) / 2, RadiusX - InnerLeaves - 4);
            // The line's farthest edge from the middle: its cap height above the middle, its descenders below.
            var fromMiddle = Math.Max(Math.Abs(line.Baseline - line.Size * 0.75 - blockHeight / 2), Math.Abs(line.Baseline + line.Size * 0.25 - blockHeight / 2));
            var room = 1 - Math.Pow((halfWidth + InnerLeaves) / RadiusX, 2);
            radiusY = Math.Max(radiusY, fromMiddle / Math.Sqrt(room));
            fitted.Add(EstimatedWidth(line) / 2 > halfWidth ? line with { SqueezedTo = Math.Round(2 * halfWidth) } : line);
        }
        var height = Math.Ceiling(2 * (radiusY + WreathGeometry.Inset));
        var shift = (height - blockHeight) / 2;
        return (fitted.Select(l => l with { Baseline = Math.Round(l.Baseline + shift, 1) }).ToList(), height);
    }

    /// <summary>Capitals are set spaced and are wider than lower case; 0.55 em is a bold face's average letter with room to spare.</summary>
    private static double EstimatedWidth(LaurelLine line) =>
        line.Text.Length * line.Size * (line.Style == LaurelLine.Kind.Award ? 0.72 : 0.55);

    /// <summary>Words onto lines of at most <paramref name="max"/> characters; a longer word has a line of its own.</summary>
    private static List<string> Wrap(string text, int max)
    {
        var lines = new List<string>();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines.Count > 0 && lines[^1].Length + 1 + word.Length <= max)
            {
                lines[^1] += " " + word;
            }
            else
            {
                lines.Add(word);
            }
        }
        return lines;
    }
}
