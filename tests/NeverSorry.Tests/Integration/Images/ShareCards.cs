using AngleSharp.Html.Dom;
using NetVips;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Images;

/// <summary>
/// Every page, over the repository's content (which has no photo), carries a share card drawn by the site:
/// a 1200 × 630 picture at an absolute address, with its size and alt text, served immutable.
/// </summary>
public class ShareCards(ShareCards.RepositorySite site) : IClassFixture<ShareCards.RepositorySite>
{
    [Theory]
    [MemberData(nameof(Pages.UrlsAndNotFound), MemberType = typeof(Pages))]
    public async Task EveryPageHasALargeShareCardOf1200By630(string url)
    {
        var client = site.CreatePlainClient();
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var page = await response.ReadDocumentAsync();

        var image = Meta(page, "og:image");
        Assert.StartsWith(PublicSite.BaseUrl + "/pictures/card-", image, StringComparison.Ordinal);
        Assert.Equal("1200", Meta(page, "og:image:width"));
        Assert.Equal("630", Meta(page, "og:image:height"));
        Assert.Contains("Ai Weiwei: Never Sorry", Meta(page, "og:image:alt"), StringComparison.Ordinal);
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        Assert.Equal(image, page.QuerySelector("meta[name='twitter:image']")?.GetAttribute("content"));

        using var card = await client.GetAsync(new Uri(image).AbsolutePath, TestContext.Current.CancellationToken);
        Assert.True(card.IsSuccessStatusCode, $"{image} answered {(int)card.StatusCode}");
        Assert.Equal("image/png", card.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", card.Headers.CacheControl?.ToString());
        using var decoded = Image.NewFromBuffer(await card.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal((1200, 630), (decoded.Width, decoded.Height));
    }

    [Fact]
    public async Task EachPageHasACardOfItsOwn()
    {
        var client = site.CreatePlainClient();
        var cards = new List<string>();
        foreach (var url in Pages.All)
        {
            cards.Add(Meta(await client.GetDocumentAsync(url), "og:image"));
        }

        Assert.Equal(cards.Count, cards.Distinct().Count());
    }

    [Fact]
    public async Task WithoutAPublicAddressThereIsNoImageTagAndTheSmallCard()
    {
        await using var local = new SiteFactory();
        var page = await local.CreatePlainClient().GetDocumentAsync(Pages.Home);

        Assert.Null(page.QuerySelector("meta[property='og:image']"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/pictures/..%2Ffilm.json")]
    [InlineData("/pictures/card-home.0000000000.png")]
    [InlineData("/pictures/.hidden.jpg")]
    [InlineData("/pictures/stills.zip")]
    public async Task AnAddressThatIsNoPictureMadeIsNotFound(string url)
    {
        using var response = await site.CreatePlainClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Meta(IHtmlDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")
        ?? throw new Xunit.Sdk.XunitException($"The page has no {property}.");

    /// <summary>The repository's content, with its public address.</summary>
    public sealed class RepositorySite() : PublicSite();
}
