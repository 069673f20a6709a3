using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace NeverSorry.Web.PressNotes;

/// <summary>
/// The pages of the press notes as they are filled, top to bottom: wraps text to the column, starts a page when
/// the next line or picture does not fit, and numbers every page "n / N" once all are known. US Letter, as the
/// distributor is American; the column and margins also fit A4's narrower width, so it prints there unscaled.
/// </summary>
internal sealed class NotesPages : IDisposable
{
    public const double PageWidth = 612;
    public const double PageHeight = 792;
    public const double Margin = 54;
    public const double ColumnWidth = PageWidth - 2 * Margin;

    /// <summary>The tallest a picture is set, so a portrait poster leaves room for its caption.</summary>
    public const double PictureMaxHeight = 400;

    private const double Bottom = PageHeight - 64;
    private const double LabelWidth = 150;
    private const double ListStep = 16;

    private static readonly XPdfFontOptions s_unicode = new(PdfFontEncoding.Unicode);
    private static readonly XBrush s_ink = new XSolidBrush(XColor.FromArgb(26, 24, 22));
    private static readonly XBrush s_muted = new XSolidBrush(XColor.FromArgb(96, 90, 84));
    private static readonly XPen s_rule = new(XColor.FromArgb(200, 194, 186), 0.75);

    private readonly PdfDocument _document;
    private XGraphics _graphics;
    private double _y;

    public NotesPages(PdfDocument document)
    {
        _document = document;
        _graphics = NewPage();
    }

    public static XFont Title { get; } = Font(24, bold: true);
    public static XFont Heading { get; } = Font(14, bold: true);
    public static XFont Subheading { get; } = Font(11, bold: true);
    public static XFont Body { get; } = Font(10, bold: false);
    public static XFont BodyBold { get; } = Font(10, bold: true);
    public static XFont Small { get; } = Font(8.5, bold: false);
    public static XFont Quote { get; } = new(DejaVuFonts.Family, 11, XFontStyleEx.Italic, s_unicode);

    /// <summary>A section's title, kept on one page with the first lines under it.</summary>
    public void Section(string title)
    {
        Gap(14);
        Room(LineHeight(Heading) + 4 * LineHeight(Body));
        Line(title, Heading, s_ink, 0);
        _graphics.DrawLine(s_rule, Margin, _y, Margin + ColumnWidth, _y);
        Gap(6);
    }

    /// <summary>Wrapped text; a list item's marker in the space before its indent.</summary>
    public void Text(string text, XFont font, int depth = 0, string? marker = null, bool muted = false, double after = 5)
    {
        var indent = depth * ListStep;
        var lines = Wrap(text, font, ColumnWidth - indent);
        for (var i = 0; i < lines.Count; i++)
        {
            Room(LineHeight(font));
            if (i == 0 && marker is not null)
            {
                _graphics.DrawString(marker, font, s_ink, Margin + indent - ListStep + 2, _y, XStringFormats.TopLeft);
            }
            Line(lines[i], font, muted ? s_muted : s_ink, indent);
        }
        Gap(after);
    }

    /// <summary>A label and its value side by side, as in a fact sheet; the value wraps in its own column.</summary>
    public void Labelled(string label, string value)
    {
        var labels = Wrap(label, BodyBold, LabelWidth - 10);
        var values = Wrap(value, Body, ColumnWidth - LabelWidth);
        for (var i = 0; i < Math.Max(labels.Count, values.Count); i++)
        {
            Room(LineHeight(Body));
            if (i < labels.Count)
            {
                _graphics.DrawString(labels[i], BodyBold, s_ink, Margin, _y, XStringFormats.TopLeft);
            }
            if (i < values.Count)
            {
                _graphics.DrawString(values[i], Body, s_ink, Margin + LabelWidth, _y, XStringFormats.TopLeft);
            }
            _y += LineHeight(Body);
        }
        Gap(3);
    }

    /// <summary>A picture the column's width (or <see cref="PictureMaxHeight"/> tall), with room below it for <paramref name="keepWith"/> points of caption.</summary>
    public void Picture(XImage image, double keepWith)
    {
        var (width, height) = PrintedSize(image.PixelWidth, image.PixelHeight);
        Room(height + keepWith);
        _graphics.DrawImage(image, Margin, _y, width, height);
        _y += height + 6;
    }

    /// <summary>The size a picture is printed at, in points: the column's width, or less for a tall one.</summary>
    public static (double Width, double Height) PrintedSize(int pixelWidth, int pixelHeight)
    {
        var scale = Math.Min(ColumnWidth / pixelWidth, PictureMaxHeight / pixelHeight);
        return (pixelWidth * scale, pixelHeight * scale);
    }

    public void Gap(double points) => _y += points;

    /// <summary>A new page unless this much fits on the current one.</summary>
    public void Room(double height)
    {
        if (_y + height > Bottom && _y > Margin)
        {
            _graphics.Dispose();
            _graphics = NewPage();
        }
    }

    /// <summary>Numbers every page in its footer, with <paramref name="footer"/> on the left; call once, after the last text.</summary>
    public void Finish(string footer)
    {
        _graphics.Dispose();
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var graphics = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var top = PageHeight - 44;
            graphics.DrawLine(s_rule, Margin, top - 6, Margin + ColumnWidth, top - 6);
            graphics.DrawString(Fit(graphics, footer, Small, ColumnWidth - 60), Small, s_muted, Margin, top, XStringFormats.TopLeft);
            var number = string.Create(CultureInfo.InvariantCulture, $"{i + 1} / {count}");
            graphics.DrawString(number, Small, s_muted, new XRect(Margin, top, ColumnWidth, LineHeight(Small)), XStringFormats.TopRight);
        }
    }

    public void Dispose() => _graphics.Dispose();

    private XGraphics NewPage()
    {
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _y = Margin;
        return XGraphics.FromPdfPage(page);
    }

    private void Line(string text, XFont font, XBrush brush, double indent)
    {
        _graphics.DrawString(text, font, brush, Margin + indent, _y, XStringFormats.TopLeft);
        _y += LineHeight(font);
    }

    private List<string> Wrap(string text, XFont font, double width) => TextWrap.Lines(text, width, s => _graphics.MeasureString(s, font).Width);

    private static string Fit(XGraphics graphics, string text, XFont font, double width) =>
        TextWrap.Lines(text, width, s => graphics.MeasureString(s, font).Width) is [var first, _, ..] ? first + " …" : text;

    private static double LineHeight(XFont font) => font.Size * 1.4;

    private static XFont Font(double size, bool bold) => new(DejaVuFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, s_unicode);
}
