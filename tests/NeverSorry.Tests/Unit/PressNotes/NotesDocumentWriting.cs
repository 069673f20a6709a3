using NeverSorry.Content.Loading;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Integration.PressNotes;
using NeverSorry.Web.Images;
using NeverSorry.Web.PressNotes;

namespace NeverSorry.Tests.Unit.PressNotes;

/// <summary>
/// The press notes written from test content (the real words, test pictures, a made-up contact, quote, biography
/// and credit) and read back with PdfPig: every part of the press kit is there, every page numbered, the JPEGs
/// embedded byte for byte, and no markup a biography may hold stops the PDF.
/// </summary>
public sealed class NotesDocumentWriting : IDisposable
{
    private readonly TempContentFolder _content = PressKitContent.WithPressKit(TempContentFolder.CopyOfReal().WithStillsAndPoster());
    private readonly DirectoryInfo _jpegs = Directory.CreateTempSubdirectory("neversorry-notes-jpegs-");

    public void Dispose()
    {
        _content.Dispose();
        _jpegs.Delete(recursive: true);
    }

    [Fact]
    public void CarriesTheWholePressKitOnNumberedPages()
    {
        var content = _content.Load();

        var pdf = NotesPdf.Read(Write(content));

        Assert.Equal("Ai Weiwei: Never Sorry (2012): press notes", pdf.Title);
        Assert.All(Paragraphs(content.Synopsis.Html).Concat(Paragraphs(content.DirectorsStatement.Html)), p => Assert.True(pdf.Says(p), $"Missing: {p}"));
        Assert.All(content.Film.NamedCredits, c => Assert.True(pdf.Says(c.Role) && pdf.Says(c.Name!), $"Missing the credit {c.Role}: {c.Name}"));
        Assert.True(pdf.Says(PressKitContent.CreditName));
        Assert.All(content.SourcePictures.Where(s => s.Caption is not null), s => Assert.True(pdf.Says(s.Caption!), $"Missing the caption {s.Caption}"));
        Assert.All(content.SourcePictures.Where(s => s.Credit is not null), s => Assert.True(pdf.Says(s.Credit!), $"Missing the credit line {s.Credit}"));
        Assert.True(pdf.Says("Terms: Editorial use only"));
        Assert.True(pdf.Says(PressKitContent.ContactEmail) && pdf.Says(PressKitContent.ContactName));
        Assert.True(pdf.Says($"“{PressKitContent.Quote}”") && pdf.Says(PressKitContent.Publication));
        Assert.True(pdf.Says(PressKitContent.BioSentence) && pdf.Says("Test Director, Director"));
        Assert.All(content.Festivals, f => Assert.True(pdf.Says($"{f.Name} {f.Year}"), $"Missing the festival {f.Name}"));
        Assert.True(pdf.Says("Official Selection"));
        Assert.True(pdf.Pages.Count > 2, $"{pdf.Pages.Count} page(s) for the whole press kit.");
        Assert.All(pdf.Footers.Select((text, i) => (text, i)), p => Assert.Equal($"Ai Weiwei: Never Sorry (2012): press notes {p.i + 1} / {pdf.Pages.Count}", p.text));
        // A six-letter tag and "+" name an embedded subset (ISO 32000 §9.6.4): the PDF needs no font on the reader's machine.
        Assert.All(pdf.Fonts, font => Assert.Matches(@"^[A-Z]{6}\+DejaVu Sans(,Bold)?$", font));
    }

    [Fact]
    public void EmbedsEachJpegsPixelsAsTheyAre()
    {
        var content = _content.Load();

        var pdf = NotesPdf.Read(Write(content));

        var jpegs = _jpegs.GetFiles().OrderBy(f => f.Name).Select(f => File.ReadAllBytes(f.FullName)).ToList();
        Assert.Equal(content.SourcePictures.Count, pdf.Images.Count);
        // The site's JPEGs carry no JFIF header, which PDFsharp needs: it is put back, every byte after it as made.
        Assert.All(jpegs, jpeg => Assert.Contains(pdf.Images, image => image.AsSpan(2 + 18).SequenceEqual(jpeg.AsSpan(2))));
    }

    [Fact]
    public void OddMarkupInABiographyDoesNotStopIt()
    {
        var longWord = string.Concat(Enumerable.Repeat("Unbreakable", 30));
        PressKitContent.WithBiography(_content, "odd.md", "Odd Markup", "Test subject", $"""
            # A heading inside a biography

            - outer item
                - inner item with **bold** and _emphasis_
                    1. deepest numbered item
            - [a link](https://example.org/a/very/long/address/{longWord}) and `code`

            {longWord}

            > A quotation with 艾未未 and an emoji 🎬, a soft\u00ADhyphen and a zero\u200Bwidth space.

            <table><tr><td>cell</td></tr></table> <div><p>nested <em>div</div></p> trailing <br> text
            """);
        var content = _content.Load();

        var pdf = NotesPdf.Read(Write(content));

        Assert.True(pdf.Says("A heading inside a biography"));
        Assert.True(pdf.Says("• outer item") && pdf.Says("• inner item with bold and emphasis") && pdf.Says("1. deepest numbered item"));
        Assert.True(pdf.SpellsOut(longWord), "The long word lost letters.");
        Assert.True(pdf.SpellsOut("https://example.org/a/very/long/address/"), "The link's address is not printed.");
        Assert.True(pdf.Says("cell") && pdf.Says("trailing"));
    }

    [Fact]
    public void LeavesOutWhatTheContentDoesNotHave()
    {
        using var plain = TempContentFolder.CopyOfReal();
        var content = plain.Load();

        var pdf = NotesPdf.Read(Write(content));

        Assert.True(pdf.Says("Synopsis") && pdf.Says("Director's statement") && pdf.Says("Credits") && pdf.Says("Festivals"));
        Assert.False(pdf.Says("Press contact"));
        Assert.False(pdf.Says("What the press wrote"));
        Assert.False(pdf.Says("Pictures for press"));
        Assert.False(pdf.Says("Running time"));
        Assert.False(pdf.Says("Executive Producer"), "A credit without a name is printed.");
        Assert.Empty(pdf.Images);
    }

    /// <summary>The PDF as the job writes it, each picture printed from the JPEG the site makes (progressive, stripped of its JFIF header).</summary>
    private byte[] Write(ContentSnapshot content)
    {
        var names = PressFileNames.Of(content.Film, content.SourcePictures);
        var stills = content.SourcePictures.Select((source, i) =>
        {
            var path = Path.Combine(_jpegs.FullName, $"{i}.jpg");
            var width = source.Width > source.Height ? 1280 : 960;
            using var decoded = PictureEncoder.Decode(File.ReadAllBytes(source.FullPath), width);
            File.WriteAllBytes(path, PictureEncoder.Encode(decoded, width, PictureKind.Jpeg));
            return new NotesStill(source, names[i], path);
        });
        using var output = new MemoryStream();
        NotesDocument.Write(output, new NotesContent(content, [.. stills]));
        return output.ToArray();
    }

    private static IEnumerable<string> Paragraphs(string html) =>
        Html.Parse(html).QuerySelectorAll("p").Select(p => NotesPdf.Collapse(p.TextContent)).Where(p => p.Length > 0);
}
