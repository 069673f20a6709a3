using System.Net;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Content;

/// <summary>Content that validates never makes a page fail, at the edges of what validation allows too.</summary>
public sealed class PagesOfAnyValidContent : IAsyncLifetime
{
    private readonly TempContentFolder _content = TempContentFolder.CopyOfReal()
        .With(ContentFiles.TheatricalRun, ContentText.Run(
            """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2100-12-31" }""",
            """{ "theater": "Lincoln Plaza", "start": "2100-12-31", "end": "2100-12-31" }"""));

    private SiteFactory? _site;

    public ValueTask InitializeAsync()
    {
        _site = new SiteFactory(_content.Path);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _site!.DisposeAsync();
        _content.Dispose();
    }

    public static TheoryData<string> Urls => Pages.Urls;

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task EveryPageAnswers(string url)
    {
        using var response = await _site!.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheRunPageCountsEveryDayOfAnEightyEightYearRun()
    {
        var document = await _site!.CreateClient().GetDocumentAsync(Pages.TheatricalRun);

        var days = (new DateOnly(2100, 12, 31).DayNumber - new DateOnly(2012, 7, 27).DayNumber + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(days, document.QuerySelector("main")!.TextContent.Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
