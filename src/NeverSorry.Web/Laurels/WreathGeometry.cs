using System.Globalization;
using System.Text;

namespace NeverSorry.Web.Laurels;

/// <summary>
/// The two branches of a laurel wreath as SVG path data, computed for any size: each branch follows half an
/// ellipse from near the bottom up the side, with leaves in pairs (one out, one in) that shrink towards the tip.
/// </summary>
internal static class WreathGeometry
{
    /// <summary>Where a branch starts and ends, in degrees from the bottom of the ellipse.</summary>
    private const double FirstAngle = 14, LastAngle = 148;

    private const int LeafPairs = 12;

    /// <summary>How far a leaf reaches out from the stem, at its largest; the ellipse leaves room for it.</summary>
    public const double LeafReach = 18;

    /// <summary>How far the branches' ellipse stands inside the drawing, so the outer leaves stay in it.</summary>
    public const double Inset = LeafReach * 0.8;

    /// <summary>The leaves (filled) and the stems (stroked) for a wreath filling <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static (string Leaves, string Stems) Paths(double width, double height)
    {
        var ellipse = new Ellipse(width / 2, height / 2, width / 2 - Inset, height / 2 - Inset);
        var leaves = new StringBuilder();
        var stems = new StringBuilder();
        foreach (var side in new[] { -1, 1 })
        {
            Branch(ellipse, side, leaves, stems);
        }
        return (leaves.ToString().TrimEnd(), stems.ToString().TrimEnd());
    }

    private static void Branch(Ellipse ellipse, int side, StringBuilder leaves, StringBuilder stems)
    {
        // The stem is the ellipse's own arc: the left one runs clockwise on screen, the right one against.
        var start = ellipse.At(side, FirstAngle);
        var end = ellipse.At(side, LastAngle);
        stems.Append(CultureInfo.InvariantCulture,
            $"M{N(start.X)} {N(start.Y)}A{N(ellipse.RadiusX)} {N(ellipse.RadiusY)} 0 0 {(side < 0 ? 1 : 0)} {N(end.X)} {N(end.Y)}");

        var step = (LastAngle - FirstAngle - 8) / LeafPairs;
        for (var i = 0; i < LeafPairs; i++)
        {
            // Outer and inner leaves alternate half a step apart, as on a real sprig; both lean towards the tip.
            var along = (double)i / LeafPairs;
            var size = LeafReach * (1 - 0.45 * along);
            var outer = FirstAngle + 6 + i * step;
            Leaf(ellipse, side, outer, size, outward: true, leaves);
            Leaf(ellipse, side, outer + step / 2, size * 0.95, outward: false, leaves);
        }
        // The tip: one small leaf along the stem.
        var tip = ellipse.At(side, LastAngle);
        var direction = ellipse.Tangent(side, LastAngle);
        LeafShape(tip, direction, LeafReach * 0.6, leaves);
    }

    private static void Leaf(Ellipse ellipse, int side, double angle, double length, bool outward, StringBuilder path)
    {
        var baseAt = ellipse.At(side, angle);
        var t = ellipse.Tangent(side, angle);
        var n = ellipse.Outward(side, angle);
        var lean = outward ? 0.75 : -0.75;
        var direction = Normalize(new Point(t.X + n.X * lean, t.Y + n.Y * lean));
        LeafShape(baseAt, direction, length, path);
    }

    /// <summary>A pointed leaf: two curves from the base to the tip, bowed out to a width of about 40% of its length.</summary>
    private static void LeafShape(Point from, Point direction, double length, StringBuilder path)
    {
        var tip = new Point(from.X + direction.X * length, from.Y + direction.Y * length);
        var across = new Point(-direction.Y * length * 0.42, direction.X * length * 0.42);
        var middle = new Point(from.X + direction.X * length * 0.45, from.Y + direction.Y * length * 0.45);
        // Relative moves after the first point keep the numbers short: a page carries many leaves.
        path.Append(CultureInfo.InvariantCulture,
            $"M{N(from.X)} {N(from.Y)}q{N(middle.X + across.X - from.X)} {N(middle.Y + across.Y - from.Y)} {N(tip.X - from.X)} {N(tip.Y - from.Y)}");
        path.Append(CultureInfo.InvariantCulture,
            $"q{N(middle.X - across.X - tip.X)} {N(middle.Y - across.Y - tip.Y)} {N(from.X - tip.X)} {N(from.Y - tip.Y)}z");
    }

    private static Point Normalize(Point p)
    {
        var length = Math.Sqrt(p.X * p.X + p.Y * p.Y);
        return new Point(p.X / length, p.Y / length);
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private readonly record struct Point(double X, double Y);

    /// <summary><paramref name="side"/> is -1 for the left branch, 1 for the right; angles run from the bottom (0°) up to the top (180°).</summary>
    private readonly record struct Ellipse(double CentreX, double CentreY, double RadiusX, double RadiusY)
    {
        public Point At(int side, double degrees)
        {
            var r = degrees * Math.PI / 180;
            return new Point(CentreX + side * RadiusX * Math.Sin(r), CentreY + RadiusY * Math.Cos(r));
        }

        /// <summary>The direction the branch grows: upwards along the ellipse.</summary>
        public Point Tangent(int side, double degrees)
        {
            var r = degrees * Math.PI / 180;
            return Normalize(new Point(side * RadiusX * Math.Cos(r), -RadiusY * Math.Sin(r)));
        }

        /// <summary>Away from the wreath's middle.</summary>
        public Point Outward(int side, double degrees)
        {
            var t = Tangent(side, degrees);
            var normal = new Point(-t.Y, t.X);
            var p = At(side, degrees);
            var away = (p.X - CentreX) * normal.X + (p.Y - CentreY) * normal.Y;
            return away >= 0 ? normal : new Point(-normal.X, -normal.Y);
        }
    }
}
