using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// An engagement's optional city, address and ticket page in theatrical-run.json: read when right, and when
/// wrong reported at the field staff must correct (file:line:col), in plain words.
/// </summary>
public sealed class EngagementWhereAndTickets : IDisposable
{
    private const string Ifc = """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-08" }""";

    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ACityAddressAndTicketPageAreReadAsWritten()
    {
        _folder.With(ContentFiles.TheatricalRun, ContentText.Run(
            """{ "theater": "IFC Center", "city": "New York", "address": "323 Sixth Avenue, New York, NY 10014", "tickets": "https://tickets.example.org/ifc", "start": "2012-07-27", "end": "2012-11-08" }"""));

        var engagement = Assert.Single(_folder.Load().Engagements);

        Assert.Equal("New York", engagement.City);
        Assert.Equal("323 Sixth Avenue, New York, NY 10014", engagement.Address);
        Assert.Equal(new Uri("https://tickets.example.org/ifc"), engagement.Tickets);
    }

    [Fact]
    public void AnEngagementWithoutThemIsStillValid()
    {
        _folder.With(ContentFiles.TheatricalRun, ContentText.Run(Ifc));

        var engagement = Assert.Single(_folder.Load().Engagements);

        Assert.Equal((null, null, null), (engagement.City, engagement.Address, engagement.Tickets));
    }

    [Theory]
    [InlineData("http://tickets.example.org/ifc")]
    [InlineData("tickets.example.org/ifc")]
    [InlineData("/tickets")]
    [InlineData("mailto:box-office@example.org")]
    public void ATicketPageThatIsNotAFullHttpsAddressIsReportedWhereItIsWritten(string tickets)
    {
        var text = ContentText.Run(Ifc, $$"""{ "theater": "Film Forum", "tickets": "{{tickets}}", "start": "2012-08-03", "end": "2012-08-16" }""");

        var problem = _folder.SingleProblemWith(ContentFiles.TheatricalRun, text);

        Assert.Equal(
            $"{_folder.DisplayNameOf(ContentFiles.TheatricalRun)}:{ContentText.LineOf(text, tickets)}:{ContentText.ColumnOf(text, "\"tickets\"")}: "
            + "the ticket page must be a full web address starting with https://; copy it from the browser's address bar.",
            problem.ToString());
    }

    [Theory]
    [InlineData("city", "")]
    [InlineData("city", "  ")]
    [InlineData("address", " ")]
    public void ABlankCityOrAddressIsReported(string field, string value)
    {
        var text = ContentText.Run(Ifc, $$"""{ "theater": "Film Forum", "{{field}}": "{{value}}", "start": "2012-08-03", "end": "2012-08-16" }""");

        var problem = _folder.SingleProblemWith(ContentFiles.TheatricalRun, text);

        Assert.Equal((ContentText.LineOf(text, "Film Forum"), ContentText.ColumnOf(text, $"\"{field}\"")), (problem.Line, problem.Column));
        Assert.Equal($"'{field}' is empty; write the text between the quotes, or remove the field.", problem.Message);
    }

    [Theory]
    [InlineData("city", "New\\nYork", "for example \"New York\"")]
    [InlineData("address", "323 Sixth Avenue\\r\\nNew York, NY 10014", "with commas between its parts")]
    public void ACityOrAddressOnTwoLinesIsReported(string field, string value, string advice)
    {
        var text = ContentText.Run(Ifc, $$"""{ "theater": "Film Forum", "{{field}}": "{{value}}", "start": "2012-08-03", "end": "2012-08-16" }""");

        var problem = _folder.SingleProblemWith(ContentFiles.TheatricalRun, text);

        Assert.Equal(ContentText.LineOf(text, "Film Forum"), problem.Line);
        Assert.Equal($"'{field}' has a line break in it; write it on one line, {advice}.", problem.Message);
    }

    [Theory]
    [InlineData("city", 81)]
    [InlineData("address", 201)]
    public void ACityOrAddressLongerThanAnyRealOneIsReported(string field, int length)
    {
        var text = ContentText.Run(Ifc, $$"""{ "theater": "Film Forum", "{{field}}": "{{new string('a', length)}}", "start": "2012-08-03", "end": "2012-08-16" }""");

        var problem = _folder.SingleProblemWith(ContentFiles.TheatricalRun, text);

        Assert.Equal(ContentText.LineOf(text, "Film Forum"), problem.Line);
        Assert.StartsWith($"'{field}' is {length} characters long, more than the {length - 1} it may have; write it shorter", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("city", 80)]
    [InlineData("address", 200)]
    public void ACityOrAddressAtItsLengthLimitIsValid(string field, int length)
    {
        _folder.With(ContentFiles.TheatricalRun, ContentText.Run($$"""{ "theater": "IFC Center", "{{field}}": "{{new string('a', length)}}", "start": "2012-07-27", "end": "2012-11-08" }"""));

        Assert.Single(_folder.Load().Engagements);
    }

    [Fact]
    public void EveryWrongFieldOfOneEngagementIsReportedOnItsOwnLine()
    {
        var text = "{\n  \"engagements\": [\n    {\n      \"theater\": \"IFC Center\",\n      \"city\": \" \",\n      \"address\": \"\",\n      \"tickets\": \"http://example.org/\",\n"
            + "      \"start\": \"2012-07-27\",\n      \"end\": \"2012-11-08\"\n    }\n  ]\n}\n";
        _folder.With(ContentFiles.TheatricalRun, text);

        var problems = Assert.Throws<ContentException>(() => _folder.Load()).Problems;

        Assert.Equal(
            [ContentText.LineOf(text, "\"city\""), ContentText.LineOf(text, "\"address\""), ContentText.LineOf(text, "\"tickets\"")],
            problems.Select(p => p.Line));
    }
}
