using System.IO.Compression;
using AngleSharp.Dom;
using NetVips;
using NeverSorry.Content.Reading;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Caching;
using static NeverSorry.Tests.Unit.Images.PictureMetadataReader;

namespace NeverSorry.Tests.Integration.Images;

/// <summary>With a generated still, second still and poster: what the home and press pages show, and the files behind them.</summary>
public class PicturesOnThePages(PictureSite pictures) : IClassFixture<PictureSite>
{
    /// <summary>What press save the pictures as: the film, the role, the still's place in film.json, the real format.</summary>
    private static readonly string[] SiteNames = ["ai-weiwei-never-sorry-poster.jpg", "ai-weiwei-never-sorry-still-01.jpg", "ai-weiwei-never-sorry-still-02.png"];

    [Fact]
    public async Task TheHomePageLeadsWithTheStillInEveryFormatWithItsSizeFetchedFirst()
    {
        var client = await pictures.SettledClientAsync();
        var page = await client.GetDocumentAsync(Pages.Home);

        var first = page.QuerySelector("main picture")!;
        Assert.Equal(["image/avif", "image/webp"], first.QuerySelectorAll("source").Select(s => s.GetAttribute("type")));
        foreach (var source in first.QuerySelectorAll("source"))
        {
            Assert.Equal(["640w", "960w", "1280w", "1600w", "1920w"], source.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[1]));
            Assert.False(string.IsNullOrEmpty(source.GetAttribute("sizes")));
        }
        var img = first.QuerySelector("img")!;
        Assert.Equal(("1920", "1280"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.Null(img.GetAttribute("loading"));
        Assert.Equal("A generated test picture: a light disc on a colour field.", img.GetAttribute("alt"));
        var caption = first.ParentElement!.QuerySelector("figcaption")!.ReadableText();
        Assert.Contains(SmartQuotes.Apply(PictureContent.StillCaption), caption, StringComparison.Ordinal);
        Assert.Contains("Photo Courtesy of Never Sorry LLC", caption, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EverySizeIsServedImmutableInItsFormatWithoutMetadata()
    {
        var client = await pictures.SettledClientAsync();
        var page = await client.GetDocumentAsync(Pages.Home);
        var urls = page.QuerySelectorAll("main picture source, main picture img")
            .SelectMany(e => e.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[0]));

        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            var expectedType = Path.GetExtension(url) switch { ".avif" => "image/avif", ".webp" => "image/webp", _ => "image/jpeg" };
            Assert.Equal(expectedType, response.Content.Headers.ContentType?.MediaType);
            using var decoded = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
            Assert.Contains($"-{decoded.Width}.", url, StringComparison.Ordinal);
            Assert.DoesNotContain(decoded.GetFields(), f => f.StartsWith("exif", StringComparison.Ordinal) || f.StartsWith("xmp", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ThePressPageShowsEveryPictureWithItsWordsSizeAndDownload()
    {
        var client = await pictures.SettledClientAsync();
        var page = await client.GetDocumentAsync(Pages.Press);

        var items = page.Section("Stills and poster").QuerySelectorAll(".gallery > li");
        Assert.Equal(3, items.Length);
        var lead = items.Single(i => i.ReadableText().Contains(SmartQuotes.Apply(PictureContent.StillCaption), StringComparison.Ordinal));
        Assert.Contains("Photo Courtesy of Never Sorry LLC", lead.ReadableText(), StringComparison.Ordinal);
        Assert.Contains("Terms: Editorial use only", lead.ReadableText(), StringComparison.Ordinal);
        Assert.Contains("2,400 × 1,600 px, JPEG", lead.ReadableText(), StringComparison.Ordinal);
        Assert.All(items, i => Assert.Equal("lazy", i.QuerySelector("img")?.GetAttribute("loading")));

        var download = lead.QuerySelector("a[download]")!.GetAttribute("href")!;
        var original = await client.GetByteArrayAsync(download, TestContext.Current.CancellationToken);
        // The supplied picture with its words added to its metadata (DownloadMetadata): its scans unchanged.
        Assert.Equal(JpegParts(File.ReadAllBytes(Path.Combine(pictures.ContentPath, "images", "still-1.jpg"))).Scans, JpegParts(original).Scans);
    }

    [Fact]
    public async Task TheZipHoldsEveryOriginalAndTheirCaptions()
    {
        var client = await pictures.SettledClientAsync();
        var page = await client.GetDocumentAsync(Pages.Press);
        var link = page.QuerySelector("a[href='/pictures/stills.zip']")!;
        Assert.Equal("ai-weiwei-never-sorry-stills.zip", link.GetAttribute("download"));

        using var response = await client.GetAsync("/pictures/stills.zip", TestContext.Current.CancellationToken);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("public, max-age=60", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));

        Assert.Equal([.. SiteNames, "ai-weiwei-never-sorry-press-notes.pdf", "captions.txt"], zip.Entries.Select(e => e.FullName));
        using var still = new MemoryStream();
        await using (var entry = zip.GetEntry("ai-weiwei-never-sorry-still-01.jpg")!.Open())
        {
            await entry.CopyToAsync(still, TestContext.Current.CancellationToken);
        }
        Assert.Equal(JpegParts(File.ReadAllBytes(Path.Combine(pictures.ContentPath, "images", "still-1.jpg"))).Scans, JpegParts(still.ToArray()).Scans);
        using var captions = new StreamReader(zip.GetEntry("captions.txt")!.Open());
        var text = await captions.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains(SmartQuotes.Apply(PictureContent.StillCaption), text, StringComparison.Ordinal);
        Assert.Contains("Terms: Editorial use only", text, StringComparison.Ordinal);
        Assert.All(SiteNames, name => Assert.Contains(name, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EachPictureDownloadsUnderTheNameItHasInTheZip()
    {
        var client = await pictures.SettledClientAsync();
        var page = await client.GetDocumentAsync(Pages.Press);

        var links = page.Section("Stills and poster").QuerySelectorAll(".gallery a[download]");

        Assert.Equal(SiteNames, links.Select(a => a.GetAttribute("download")).Order());
        var poster = links.Single(a => a.GetAttribute("download") == "ai-weiwei-never-sorry-poster.jpg").GetAttribute("href")!;
        Assert.Equal(JpegParts(File.ReadAllBytes(Path.Combine(pictures.ContentPath, "images", "poster.jpg"))).Scans, JpegParts(await client.GetByteArrayAsync(poster, TestContext.Current.CancellationToken)).Scans);
    }

    [Fact]
    public async Task TheShareCardIsDrawnOverTheLeadStill()
    {
        var client = await pictures.SettledClientAsync();
        var page = await client.GetDocumentAsync(Pages.Press);
        var image = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;

        Assert.Contains("-still-1.", image, StringComparison.Ordinal);
        var card = await client.GetByteArrayAsync(new Uri(image).AbsolutePath, TestContext.Current.CancellationToken);
        using var decoded = Image.NewFromBuffer(card);
        Assert.Equal((1200, 630), (decoded.Width, decoded.Height));
        Assert.StartsWith("A generated test picture", page.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMovieNamesItsPicturesWithTheirCredits()
    {
        var client = await pictures.SettledClientAsync();
        var page = await client.GetDocumentAsync(Pages.Home);
        var movie = JsonLd.Of(page);
        Assert.Equal("Movie", movie.GetProperty("@type").GetString());

        var images = movie.GetProperty("image").EnumerateArray().ToList();
        Assert.Equal(3, images.Count);
        var lead = images.Single(i => i.TryGetProperty("caption", out var c) && c.GetString() == SmartQuotes.Apply(PictureContent.StillCaption));
        Assert.Equal("ImageObject", lead.GetProperty("@type").GetString());
        Assert.Equal("Photo Courtesy of Never Sorry LLC", lead.GetProperty("creditText").GetString());
        Assert.StartsWith(PublicSite.BaseUrl + "/pictures/still-1-1920.", lead.GetProperty("contentUrl").GetString(), StringComparison.Ordinal);
        // No copyright notice is in the content, so none is claimed.
        Assert.False(lead.TryGetProperty("copyrightNotice", out _));
    }

    [Fact]
    public async Task ARestartFindsEveryFileMadeAndMakesNoneAgain()
    {
        await pictures.SettledClientAsync();
        var written = Directory.GetFiles(pictures.CachePath).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        await using var restarted = pictures.NewSite();
        _ = restarted.Server;

        Assert.Empty(PictureSite.PicturesOf(restarted).Pending);
        await PictureSite.WaitUntilSettledAsync(restarted);
        Assert.Equal(written, Directory.GetFiles(pictures.CachePath).ToDictionary(f => f, File.GetLastWriteTimeUtc));
    }
}
