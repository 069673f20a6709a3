using AngleSharp.Html.Dom;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Images;

/// <summary>
/// The real content's run seen on two days with a different status, by one site loaded on the first: the home
/// page's share card says each day's status, in its picture and its alt text, and the other pages' cards say none.
/// </summary>
public sealed class StatusShareCards : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("neversorry-pictures-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact]
    public async Task TheHomeCardSaysTodaysStatusAndChangesWithIt()
    {
        await using var site = SiteOnADay.At("2012-08-05 12:00", settings: new Dictionary<string, string>
        {
            ["Site:BaseUrl"] = PublicSite.BaseUrl,
            ["Pictures:CachePath"] = _cache,
        });
        var client = site.CreatePlainClient();
        await client.GetAsync(Pages.Home, TestContext.Current.CancellationToken);
        await PictureSite.WaitUntilSettledAsync(site);

        var august = await client.GetDocumentAsync(Pages.Home);
        // Town Center 5 closes first of the six showing that day.
        Assert.Contains("Now showing at Town Center 5", Meta(august, "og:image:alt"), StringComparison.Ordinal);
        Assert.Contains("Now showing at Town Center 5", Meta(await client.GetDocumentAsync(Pages.TheatricalRun), "og:image:alt"), StringComparison.Ordinal);
        Assert.DoesNotContain("showing", Meta(await client.GetDocumentAsync(Pages.Press), "og:image:alt"), StringComparison.OrdinalIgnoreCase);

        site.Clock.Advance(TimeSpan.FromDays(118));
        var december = await client.GetDocumentAsync(Pages.Home);
        Assert.Contains("Coming to IFC Center on December 28", Meta(december, "og:image:alt"), StringComparison.Ordinal);

        var (augustCard, decemberCard) = (Meta(august, "og:image"), Meta(december, "og:image"));
        Assert.NotEqual(augustCard, decemberCard);
        var augustBytes = await client.GetByteArrayAsync(new Uri(augustCard).AbsolutePath, TestContext.Current.CancellationToken);
        var decemberBytes = await client.GetByteArrayAsync(new Uri(decemberCard).AbsolutePath, TestContext.Current.CancellationToken);
        Assert.NotEqual(augustBytes, decemberBytes);
    }

    private static string Meta(IHtmlDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")
        ?? throw new Xunit.Sdk.XunitException($"The page has no {property}.");
}
