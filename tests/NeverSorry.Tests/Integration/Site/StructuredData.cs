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

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
