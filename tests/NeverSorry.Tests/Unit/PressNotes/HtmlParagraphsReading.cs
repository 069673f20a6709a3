using NeverSorry.Web.PressNotes;

namespace NeverSorry.Tests.Unit.PressNotes;

/// <summary>The sanitized HTML of a Markdown file as the press notes print it: paragraphs of plain words, list items indented under their markers.</summary>
public sealed class HtmlParagraphsReading
{
    [Fact]
    public void NestedListsAreIndentedUnderTheirMarkers()
    {
        var paragraphs = HtmlParagraphs.Of("<ul><li>outer<ul><li>inner<ol><li>deepest</li><li>next</li></ol></li></ul></li><li>second</li></ul>");

        Assert.Equal(
            [new("outer", NotesStyle.Body, 1, "•"), new("inner", NotesStyle.Body, 2, "•"), new("deepest", NotesStyle.Body, 3, "1."), new("next", NotesStyle.Body, 3, "2."), new("second", NotesStyle.Body, 1, "•")],
            paragraphs);
    }

    [Fact]
    public void EmphasisIsDroppedAndALinkKeepsItsAddress()
    {
        var paragraphs = HtmlParagraphs.Of("<p>Some <em>very</em>\n <strong>strong</strong> words, <a href=\"https://example.org/review\">a review</a> and <a href=\"https://example.org\">https://example.org</a>.</p>");

        Assert.Equal("Some very strong words, a review (https://example.org/review) and https://example.org.", Assert.Single(paragraphs).Text);
    }

    [Fact]
    public void HeadingsAreSubheadingsAndScriptsAndPicturesAreNotText()
    {
        var paragraphs = HtmlParagraphs.Of("<h2>About</h2><script>alert(1)</script><p>One<br>Two<img alt=\"a picture\"></p>");

        Assert.Equal([new("About", NotesStyle.Subheading), new("One"), new("Two")], paragraphs);
    }

    [Fact]
    public void ControlAndInvisibleCharactersAreNotPrinted()
    {
        Assert.Equal("soft hyphen zero width", Assert.Single(HtmlParagraphs.Of("<p>so\u00ADft hyphen\u0007zero\u200B width</p>")).Text);
    }
}
