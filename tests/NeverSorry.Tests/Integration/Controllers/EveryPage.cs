using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Controllers;

/// <summary>What holds on every page of the site, checked page by page.</summary>
public class EveryPage(RealSite site)
{
    /// <summary>How the site writes a date for readers: in full, or abbreviated in tables.</summary>
    private static readonly string[] s_dateFormats = ["MMMM d, yyyy", "MMM d, yyyy"];

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task AnswersHtmlInEnglish(string url)
    {
        using var response = await site.CreatePlainClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("en", (await response.ReadDocumentAsync()).DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task HasExactlyOneMainHeading(string url)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        var h1 = Assert.Single(document.QuerySelectorAll("h1"));
        Assert.NotEmpty(h1.ReadableText());
    }

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task HasATitleAndADescription(string url)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        Assert.Contains("Ai Weiwei: Never Sorry", document.Title, StringComparison.Ordinal);
        var description = Assert.Single(document.QuerySelectorAll("head meta[name='description']"));
        Assert.False(string.IsNullOrWhiteSpace(description.GetAttribute("content")), $"{url} has an empty meta description.");
    }

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task HasTheHeaderNavigationMainAndFooterLandmarks(string url)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        Assert.Single(document.QuerySelectorAll("body > header"));
        Assert.Single(document.QuerySelectorAll("body > header nav"));
        Assert.Single(document.QuerySelectorAll("body > main"));
        Assert.Single(document.QuerySelectorAll("body > footer"));
    }

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task NavigatesToEveryPageMarkingTheCurrentOne(string url)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        var links = document.QuerySelectorAll("body > header nav a").ToList();
        Assert.Equal(Pages.All, links.Select(a => a.GetAttribute("href")));
        var current = Assert.Single(links, a => a.GetAttribute("aria-current") == "page");
        Assert.Equal(url, current.GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task WritesEveryDateAsAnIsoTimeElement(string url)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        Assert.All(document.QuerySelectorAll("time"), time =>
        {
            var iso = time.GetAttribute("datetime") ?? "";
            Assert.True(DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date), $"<time datetime=\"{iso}\"> on {url} is not yyyy-MM-dd.");
            Assert.Contains(time.ReadableText(), s_dateFormats.Select(f => date.ToString(f, CultureInfo.InvariantCulture)));
        });
    }

    /// <remarks>
    /// The timeline's pictures are left out: SVG cannot hold an HTML time element, so each date they show is
    /// written in one beside them (checked by TimelineOnTheDay.WritesEveryDateOfItsPicturesInATimeElementToo).
    /// </remarks>
    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task ShowsNoDateOutsideATimeElement(string url)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        var loose = document.Body!.Descendants<IText>()
            .Where(text => text.ParentElement?.Closest("time, svg, script, style") is null)
            .SelectMany(text => DatesInText.Find(text.Data))
            .ToList();
        Assert.True(loose.Count == 0, $"{url} shows dates outside <time>: {string.Join("; ", loose)}");
    }

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task ShowsNoEmptyListOrDescription(string url)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        var empty = document.QuerySelectorAll("main ul, main ol, main dl, dd, dt, li, td, th")
            .Where(element => element.ReadableText().Length == 0)
            .Select(element => element.ParentElement!.LocalName + " > " + element.LocalName)
            .ToList();
        Assert.True(empty.Count == 0, $"{url} shows empty elements: {string.Join(", ", empty)}");
    }

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task NeverSaysForFor(string url)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        Assert.DoesNotContain("for for", document.Body!.ReadableText(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task AnswersHead(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, url);

        using var response = await site.CreatePlainClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task RefusesPost(string url)
    {
        using var body = new StringContent("");

        using var response = await site.CreatePlainClient().PostAsync(url, body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
