using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// A JSON file that is not well formed, as staff break one: the message says what is wrong in plain words
/// and the line and column point at where to look.
/// </summary>
public sealed class ContentLoaderMalformedJson : IDisposable
{
    private const string Festivals = "{\n  \"festivals\": [\n    { \"name\": \"Sundance Film Festival\", \"year\": 2012 },\n    { \"name\": \"Hot Docs Film Festival\", \"year\": 2012 }\n  ]\n}\n";

    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AMissingCommaBetweenTwoPropertiesPointsAtTheNextProperty()
    {
        var text = ContentText.Film().Replace("\"director\": \"Alison Klayman\",", "\"director\": \"Alison Klayman\"", StringComparison.Ordinal);

        var problem = SingleProblem(ContentFiles.Film, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Film), problem.File);
        Assert.Equal(ContentText.LineOf(text, "\"release\""), problem.Line);
        Assert.Equal(ContentText.ColumnOf(text, "\"release\""), problem.Column);
        Assert.Contains("a comma is missing", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATrailingCommaInAListPointsAtTheClosingBracket()
    {
        var text = Festivals.Replace("\"year\": 2012 }\n  ]", "\"year\": 2012 },\n  ]", StringComparison.Ordinal);

        var problem = SingleProblem(ContentFiles.Festivals, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Festivals), problem.File);
        Assert.Equal(ContentText.LineOf(text, "  ]"), problem.Line);
        Assert.Equal(ContentText.ColumnOf(text, "]"), problem.Column);
        Assert.Contains("comma after the last item", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATrailingCommaInAnObjectIsReportedAtTheLastProperty()
    {
        var text = Festivals.Replace("\"Hot Docs Film Festival\", \"year\": 2012 }", "\"Hot Docs Film Festival\", \"year\": 2012, }", StringComparison.Ordinal);

        var problem = SingleProblem(ContentFiles.Festivals, text);

        Assert.Equal(ContentText.LineOf(text, "Hot Docs"), problem.Line);
        Assert.Contains("comma after the last item", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileCutOffInsideAStringSaysTheFileEndsTooEarly()
    {
        var text = Festivals[..Festivals.IndexOf("Film Festival\", \"year\": 2012 }\n  ]", StringComparison.Ordinal)];

        var problem = SingleProblem(ContentFiles.Festivals, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Festivals), problem.File);
        Assert.Equal(ContentText.LineOf(text, "Hot Docs"), problem.Line);
        Assert.Contains("the file ends too early", problem.Message, StringComparison.Ordinal);
        Assert.Contains("closing quote", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileWithoutItsClosingBraceSaysTheFileEndsTooEarly()
    {
        var text = ContentText.Film().TrimEnd().TrimEnd('}').TrimEnd();

        var problem = SingleProblem(ContentFiles.Film, text);

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Film), problem.File);
        Assert.Equal(ContentText.LineOf(text, "\"links\""), problem.Line);
        Assert.Contains("the file ends too early", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'}'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExtraClosingBraceIsNotReportedAsAMissingOne()
    {
        var text = Festivals + "}\n";

        var problem = SingleProblem(ContentFiles.Festivals, text);

        Assert.Equal(Array.LastIndexOf(text.Split('\n'), "}") + 1, problem.Line);
        Assert.DoesNotContain("ends too early", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("missing", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStringLeftOpenAtTheEndOfALineIsWordedForStaff()
    {
        var text = Festivals.Replace("\"Hot Docs Film Festival\", \"year\": 2012 }", "\"Hot Docs Film Festival", StringComparison.Ordinal);

        var problem = SingleProblem(ContentFiles.Festivals, text);

        Assert.Equal(ContentText.LineOf(text, "Hot Docs"), problem.Line);
        Assert.Contains("quote", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0x0A", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyFileIsWordedForStaff()
    {
        var problem = SingleProblem(ContentFiles.Festivals, "");

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Festivals), problem.File);
        Assert.DoesNotContain("isFinalBlock", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("token", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    private ContentProblem SingleProblem(string fileName, string text) => _folder.SingleProblemWith(fileName, text);
}
