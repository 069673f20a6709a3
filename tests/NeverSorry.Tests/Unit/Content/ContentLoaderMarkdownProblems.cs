using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

public sealed class ContentLoaderMarkdownProblems : IDisposable
{
    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void BrokenFrontMatterIsReportedAtItsLine()
    {
        var text = """
            ---
            title: Director's Statement
            description: "never closed
            author: Alison Klayman
            ---
            The reason I wanted to make a film about Ai Weiwei.
            """;
        _folder.With(ContentFiles.DirectorsStatement, text);

        var problem = Assert.Single(Assert.Throws<ContentException>(Load).Problems);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.DirectorsStatement), problem.File);
        Assert.Equal(ContentText.LineOf(text, "description:"), problem.Line);
        Assert.Equal(ContentText.ColumnOf(text, "\"never closed"), problem.Column);
        Assert.Contains("front matter", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownFrontMatterKeyIsReportedAtItsLine()
    {
        var text = """
            ---
            title: Synopsis
            auhtor: Alison Klayman
            ---
            Named by ArtReview as the most powerful artist in the world.
            """;
        _folder.With(ContentFiles.Synopsis, text);

        var problem = Assert.Single(Assert.Throws<ContentException>(Load).Problems);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Synopsis), problem.File);
        Assert.Equal(ContentText.LineOf(text, "auhtor"), problem.Line);
        Assert.Contains("title, description and author", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedFrontMatterIsReported()
    {
        var text = """
            ---
            title: Director's Statement
            author: Alison Klayman

            The reason I wanted to make a film about Ai Weiwei.
            """;
        _folder.With(ContentFiles.DirectorsStatement, text);

        var problem = Assert.Single(Assert.Throws<ContentException>(Load).Problems);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.DirectorsStatement), problem.File);
        Assert.Equal(1, problem.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("---\ntitle: Synopsis\n---\n")]
    public void AFileWithoutTextIsReported(string text)
    {
        _folder.With(ContentFiles.Synopsis, text);

        var problem = Assert.Single(Assert.Throws<ContentException>(Load).Problems);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Synopsis), problem.File);
        Assert.Equal(1, problem.Line);
        Assert.Contains("no text", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FrontMatterIsOptional()
    {
        _folder.With(ContentFiles.Synopsis, "Named by ArtReview as the most powerful artist in the world.\n");

        var synopsis = Load().Synopsis;

        Assert.Null(synopsis.FrontMatter.Description);
        Assert.Equal("Named by ArtReview as the most powerful artist in the world.", Html.Parse(synopsis.Html).QuerySelector("p")!.ReadableText());
    }

    [Fact]
    public void RawHtmlIsShownAsTextNeverAsMarkup()
    {
        _folder.With(ContentFiles.Synopsis, "Named by <script>alert(1)</script> ArtReview.\n");

        var document = Html.Parse(Load().Synopsis.Html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains("<script>", document.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
    }

    private ContentSnapshot Load() => _folder.Load();
}
