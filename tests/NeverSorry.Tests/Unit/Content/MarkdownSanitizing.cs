using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// Content files are untrusted: known XSS vectors written in Markdown never reach the page as live markup,
/// and whatever the sanitizer takes out is reported as a warning that does not stop the load.
/// </summary>
public sealed partial class MarkdownSanitizing : IDisposable
{
    private static readonly string[] s_allowedSchemes = ["http", "https", "mailto"];
    private static readonly string[] s_forbiddenElements =
        ["script", "iframe", "frame", "object", "embed", "svg", "math", "style", "link", "meta", "base", "form", "img", "input", "button"];
    private static readonly string[] s_urlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "srcset", "poster", "background"];

    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    /// <summary>Each vector sits inside an ordinary paragraph of synopsis text.</summary>
    public static TheoryData<string> Vectors() => new(
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
        "<a href=\"javascript:alert(1)\">raw anchor</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><base href=\"javascript:/\">",
        "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">go</button></form>",
        "<!-- --><script>alert(1)</script><!-- -->",
        "[inline](javascript:alert(1))",
        "[mixed case](JaVaScRiPt:alert(1))",
        "[vbscript](vbscript:msgbox(1))",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[svg data](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[file](file:///etc/passwd)",
        "[decimal entity colon](javascript&#58;alert(1))",
        "[named entity colon](javascript&colon;alert(1))",
        "[entity letter](&#106;avascript:alert(1))",
        "[all hex entities](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
        "[entity tab](jav&#x09;ascript:alert(1))",
        "[entity newline](jav&#x0A;ascript:alert(1))",
        "[pointy with tab](<java\tscript:alert(1)>)",
        "[pointy leading space](< javascript:alert(1)>)",
        "[control char](\u0001javascript:alert(1))",
        "[escaped colon](javascript\\:alert(1))",
        "[comment trick](javascript://%0aalert(1))",
        "[nul](\0javascript:alert(1))",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>",
        "[reference][evil]\n\n[evil]: javascript:alert(1)",
        "[reference with title][evil]\n\n[evil]: javascript:alert(1) \"a title\"",
        "[collapsed reference][]\n\n[collapsed reference]: <vbscript:msgbox(1)>",
        "[shortcut]\n\n[shortcut]: data:text/html,alert(1)",
        "![image](javascript:alert(1))",
        "![image](x\" onerror=\"alert(1))",
        "[title breakout](https://example.com \"t\\\" onmouseover=\\\"alert(1)\")",
        "[<img src=x onerror=alert(1)>](https://example.com)",
        "<http://example.com/\" onmouseover=\"alert(1)>",
        "A paragraph with generic attributes {onclick=\"alert(1)\"}",
        "[generic on a link](https://example.com){onclick=alert(1) #id .class}",
        "## A heading {#id onmouseover=alert(1)}",
        "`<script>alert(1)</script>` in code",
        "```html\n<script>alert(1)</script>\n```",
        "**<script>alert(1)</script>**",
        "> <iframe src=//evil.example></iframe>",
        "- [list link](javascript:alert(1))\n- <svg><script>alert(1)</script></svg>",
    ]);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void NoVectorReachesThePageAsLiveMarkup(string vector)
    {
        _folder.With(ContentFiles.Synopsis, $"The film follows Ai Weiwei.\n\n{vector}\n\nHe is never sorry.\n");

        var page = Html.Parse(Load().Synopsis.Html);

        var everything = page.Body!.Descendants<IElement>().ToList();
        Assert.DoesNotContain(everything, e => s_forbiddenElements.Contains(e.LocalName));
        Assert.DoesNotContain(everything.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        foreach (var attribute in everything.SelectMany(e => e.Attributes).Where(a => s_urlAttributes.Contains(a.Name)))
        {
            Assert.True(IsSafeUrl(attribute.Value), $"{attribute.Name}=\"{attribute.Value}\" survived from: {vector}");
        }
        Assert.Contains("He is never sorry.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AForbiddenLinkIsReportedAtItsLineAndColumnWithoutStoppingTheLoad()
    {
        var text = "The film follows Ai Weiwei.\n\nRead [the interview](javascript:alert(1)) first.\n";
        _folder.With(ContentFiles.Synopsis, text);

        var snapshot = Load();

        var warning = Assert.Single(snapshot.Warnings);
        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Synopsis), warning.File);
        Assert.Equal(ContentText.LineOf(text, "[the interview]"), warning.Line);
        Assert.Equal(ContentText.ColumnOf(text, "[the interview]"), warning.Column);
        Assert.Contains("javascript:alert(1)", warning.Message, StringComparison.Ordinal);
        var link = Assert.Single(Html.Parse(snapshot.Synopsis.Html).QuerySelectorAll("a"));
        Assert.Equal("the interview", link.TextContent);
        Assert.False(link.HasAttribute("href"));
    }

    [Fact]
    public void ARemovedElementIsReportedAtItsBlock()
    {
        var text = "The film follows Ai Weiwei.\n\n![a still](still.jpg)\n";
        _folder.With(ContentFiles.DirectorsStatement, text);

        var warning = Assert.Single(Load().Warnings);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.DirectorsStatement), warning.File);
        Assert.Equal(ContentText.LineOf(text, "![a still]"), warning.Line);
        Assert.Contains("<img>", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](//evil.example/x)", "//evil.example/x")]
    [InlineData("[x][r]\n\n[r]: //evil.example/x", "//evil.example/x")]
    [InlineData("<//evil.example/x>", null)]
    public void AnAddressWithoutItsSchemeIsAnotherSiteNotOneOfOurPages(string markdown, string? reported)
    {
        _folder.With(ContentFiles.Synopsis, $"The film follows Ai Weiwei.\n\nRead {markdown}\n");

        var snapshot = Load();

        var body = Html.Parse(snapshot.Synopsis.Html).Body!;
        Assert.DoesNotContain(body.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("evil.example", StringComparison.Ordinal));
        if (reported is not null)
        {
            var warning = Assert.Single(snapshot.Warnings);
            Assert.Contains($"'{reported}'", warning.Message, StringComparison.Ordinal);
            Assert.Contains("https://", warning.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GenericAttributesStayText()
    {
        _folder.With(ContentFiles.Synopsis, "Never sorry {onclick=\"alert(1)\" .loud}\n");

        var paragraph = Assert.Single(Html.Parse(Load().Synopsis.Html).QuerySelectorAll("p"));

        Assert.Empty(paragraph.Attributes);
        // Shown as words, its quotes made typographic like any text's.
        Assert.Equal("Never sorry {onclick=“alert(1)” .loud}", paragraph.TextContent);
    }

    [Fact]
    public void EverythingTheContentMayUseSurvivesWithoutWarnings()
    {
        var text = """
            ## A heading

            A *quiet* and **loud** paragraph with `code`, a [site link](/press "Press"), an
            [outside link](https://example.com/a?b=c), a <https://example.com> autolink and <press@example.com>.  
            After a hard break.

            > A quote.

            - one
            - two

            1. first

            ---

                indented code
            """;
        _folder.With(ContentFiles.Synopsis, text);

        var snapshot = Load();

        Assert.Empty(snapshot.Warnings);
        var body = Html.Parse(snapshot.Synopsis.Html).Body!;
        Assert.Equal(
            ["/press", "https://example.com/a?b=c", "https://example.com", "mailto:press@example.com"],
            body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Press", body.QuerySelector("a")!.GetAttribute("title"));
        foreach (var selector in new[] { "h3", "em", "strong", "code", "br", "blockquote", "ul > li", "ol > li", "hr", "pre > code" })
        {
            Assert.NotNull(body.QuerySelector(selector));
        }
    }

    [Fact]
    public void TheRealContentHasNoWarnings() =>
        Assert.Empty(new ContentLoader(TimeProvider.System).Load(new ContentFolder(RepositoryPaths.Content)).Warnings);

    /// <summary>Relative, or of an allowed scheme once a browser has stripped what it ignores (URL spec).</summary>
    private static bool IsSafeUrl(string value)
    {
        var url = IgnoredByBrowsers().Replace(value.Trim(ControlOrSpace), "");
        return Scheme().Match(url) is not { Success: true } scheme
            || s_allowedSchemes.Contains(scheme.Groups[1].Value, StringComparer.OrdinalIgnoreCase);
    }

    private static readonly char[] ControlOrSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    [GeneratedRegex("[\t\n\r]")]
    private static partial Regex IgnoredByBrowsers();

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Scheme();

    private ContentSnapshot Load() => new ContentLoader(TimeProvider.System).Load(new ContentFolder(_folder.Path));
}
