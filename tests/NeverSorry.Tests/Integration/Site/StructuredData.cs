using System.Text.Json;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Site;

/// <summary>The JSON-LD is schema.org's vocabulary used as schema.org defines it, and says what the content says.</summary>
public class StructuredData
{
    [Fact]
    public async Task TheHomePagesMovieUsesSchemaOrgAsDefined()
    {
        await using var site = new PublicSite();

        SchemaOrg.AssertValid(JsonLd.Of(await site.CreateClient().GetDocumentAsync(Pages.Home)));
    }

    [Fact]
    public async Task TheHomePagesMovieWithATrailerUsesSchemaOrgAsDefined()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(trailer: """{ "youtubeId": "AAAAAAAAAAA", "uploadDate": "2012-06-05" }"""));
        await using var site = new PublicSite(content.Path);

        var movie = JsonLd.Of(await site.CreateClient().GetDocumentAsync(Pages.Home));

        SchemaOrg.AssertValid(movie);
        Assert.Equal("VideoObject", movie.GetProperty("trailer").GetProperty("@type").GetString());
    }

    [Fact]
    public async Task TheTheatricalRunIsOneScreeningEventPerEngagement()
    {
        using var content = TempContentFolder.CopyOfReal();
        var engagements = content.Load().Engagements;
        await using var site = new PublicSite(content.Path);

        var graph = JsonLd.Of(await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun));

        SchemaOrg.AssertValid(graph);
        var events = graph.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Equal(
            engagements.Select(e => ((string?)e.Theater, (string?)Date(e.Start), (string?)Date(e.End))),
            events.Select(e => (e.GetProperty("location").GetProperty("name").GetString(), e.GetProperty("startDate").GetString(), e.GetProperty("endDate").GetString())));
        Assert.All(events, e =>
        {
            Assert.Equal("ScreeningEvent", e.GetProperty("@type").GetString());
            Assert.Equal("MovieTheater", e.GetProperty("location").GetProperty("@type").GetString());
            Assert.Equal(["@type", "name"], e.GetProperty("location").EnumerateObject().Select(p => p.Name));
            Assert.Equal($"Ai Weiwei: Never Sorry at {e.GetProperty("location").GetProperty("name").GetString()}", e.GetProperty("name").GetString());
            var movie = e.GetProperty("workPresented");
            Assert.Equal(("Movie", "Ai Weiwei: Never Sorry", PublicSite.BaseUrl + "/"),
                (movie.GetProperty("@type").GetString(), movie.GetProperty("name").GetString(), movie.GetProperty("url").GetString()));
        });
    }

    [Fact]
    public async Task WithoutAPublicAddressTheScreenedMovieHasNoUrl()
    {
        await using var site = new SiteFactory();

        var graph = JsonLd.Of(await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun));

        Assert.All(graph.GetProperty("@graph").EnumerateArray(), e => Assert.False(e.GetProperty("workPresented").TryGetProperty("url", out _)));
    }

    [Fact]
    public async Task AScreeningShowingOrComingGivesItsTheatersAddressAndOffersItsTickets()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.TheatricalRun, RunWithTickets.Json());
        await using var site = SiteOnADay.At(RunWithTickets.Today, content.Path, new Dictionary<string, string> { ["Site:BaseUrl"] = PublicSite.BaseUrl });

        var graph = JsonLd.Of(await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun));

        SchemaOrg.AssertValid(graph);
        var events = graph.GetProperty("@graph").EnumerateArray().ToDictionary(e => $"{e.GetProperty("location").GetProperty("name").GetString()} {e.GetProperty("startDate").GetString()}");
        Assert.Equal(
            """{"@type":"MovieTheater","name":"Riverside Screen","address":{"@type":"PostalAddress","streetAddress":"100 Example Street, New York, NY 10001","addressLocality":"New York"}}""",
            events["Riverside Screen 2026-12-04"].GetProperty("location").GetRawText());
        Assert.Equal(
            """{"@type":"Offer","url":"https://tickets.example.org/riverside","availability":"https://schema.org/InStock"}""",
            events["Riverside Screen 2026-12-04"].GetProperty("offers").GetRawText());
        Assert.Equal(
            """{"@type":"MovieTheater","name":"Hillside Cinema","address":{"@type":"PostalAddress","addressLocality":"Los Angeles"}}""",
            events["Hillside Cinema 2027-01-08"].GetProperty("location").GetRawText());
        Assert.Equal("https://tickets.example.org/hillside", events["Hillside Cinema 2027-01-08"].GetProperty("offers").GetProperty("url").GetString());
    }

    [Fact]
    public async Task AScreeningThatIsOverOffersNoTickets()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.TheatricalRun, RunWithTickets.Json());
        await using var site = SiteOnADay.At(RunWithTickets.Today, content.Path);

        var graph = JsonLd.Of(await site.CreateClient().GetDocumentAsync(Pages.TheatricalRun));

        var past = graph.GetProperty("@graph").EnumerateArray().Where(e => e.GetProperty("endDate").GetString()!.StartsWith("201", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, past.Count);
        Assert.All(past, e => Assert.False(e.TryGetProperty("offers", out _), $"{e.GetProperty("name").GetString()} ended, yet offers tickets."));
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
