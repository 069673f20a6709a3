using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Models;

namespace NeverSorry.Tests.Integration.Controllers;

public class DirectorsStatementPage(RealSite site)
{
    [Fact]
    public async Task IsHeadedDirectorsStatement()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.DirectorsStatement);

        Assert.Equal("Director’s Statement", document.QuerySelector("h1")!.ReadableText());
    }

    [Fact]
    public async Task ShowsTheStatementInItsFourParagraphs()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.DirectorsStatement);

        var paragraphs = document.QuerySelectorAll("main article .prose p").Select(p => p.ReadableText()).ToList();
        Assert.Equal(4, paragraphs.Count);
        Assert.StartsWith("The reason I wanted to make a film about Ai Weiwei", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("For weeks I stayed up late into the night in New York", paragraphs[1], StringComparison.Ordinal);
        Assert.StartsWith("I started filming Weiwei in 2008", paragraphs[2], StringComparison.Ordinal);
        Assert.StartsWith("I want to give people a chance to spend time with Weiwei", paragraphs[3], StringComparison.Ordinal);
        Assert.EndsWith("for improving the future in their respective societies.", paragraphs[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsSignedByTheDirector()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.DirectorsStatement);

        var signature = Assert.Single(document.QuerySelectorAll("main article > footer"));
        Assert.StartsWith("Alison Klayman", signature.ReadableText(), StringComparison.Ordinal);
        var statement = document.QuerySelector("main article .prose")!;
        Assert.True(statement.CompareDocumentPosition(signature).HasFlag(AngleSharp.Dom.DocumentPositions.Following), "The signature comes before the statement.");
    }

    [Fact]
    public async Task TheSignatureGivesTheDirectorsRoleUnderHerName()
    {
        var document = await site.CreateClient().GetDocumentAsync(Pages.DirectorsStatement);

        var signature = document.QuerySelector("main article > footer p")!;
        Assert.Equal("Alison Klayman", signature.FirstChild!.TextContent.Trim());
        Assert.Equal("Director, Ai Weiwei: Never Sorry", signature.QuerySelector("span")!.ReadableText());
    }

    [Fact]
    public async Task TheSignatureDoesNotRepeatARoleStaffWroteAfterTheName()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.DirectorsStatement, """
            ---
            author: Alison Klayman, Director
            ---
            The reason I wanted to make a film about Ai Weiwei.
            """);
        await using var variant = new SiteFactory(content.Path);

        var document = await variant.CreateClient().GetDocumentAsync(Pages.DirectorsStatement);

        var signature = document.QuerySelector("main article > footer p")!;
        Assert.Equal("Alison Klayman, Director", signature.FirstChild!.TextContent.Trim());
        Assert.Equal("Ai Weiwei: Never Sorry", signature.QuerySelector("span")!.ReadableText());
        Assert.Equal("By Alison Klayman, Director", document.QuerySelector(".byline")!.ReadableText());
    }

    [Fact]
    public async Task KeepsOneMainHeadingWhenTheStatementHasHeadingsOfItsOwn()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.DirectorsStatement, """
            # Why I made this film

            The reason I wanted to make a film about Ai Weiwei.
            """);
        await using var variant = new SiteFactory(content.Path);

        var document = await variant.CreateClient().GetDocumentAsync(Pages.DirectorsStatement);

        Assert.Equal(["Director’s Statement"], document.QuerySelectorAll("h1").Select(h1 => h1.ReadableText()));
    }
}
