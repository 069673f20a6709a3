using System.Net;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Export;

namespace NeverSorry.Tests.Integration.Export;

/// <summary>
/// The export of a content folder with pictures carries every size, original, share card, the ZIP and the press
/// notes, and nginx (deploy/nginx) serves each with its type and cache policy: immutable, the ZIP and PDF as the pages.
/// </summary>
[Collection(ProcessTier.Name)]
public class NginxServesThePictures(PictureNginxSite nginx) : IClassFixture<PictureNginxSite>
{
    [Fact]
    public async Task EveryPictureFileIsServedWithItsTypeAndCachePolicy()
    {
        Nginx.SkipUnlessInstalled();
        var files = nginx.Export.Files.Where(f => f.StartsWith("pictures/", StringComparison.Ordinal)).ToList();
        Assert.Contains(files, f => f.EndsWith(".avif", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".webp", StringComparison.Ordinal));
        Assert.Contains("pictures/stills.zip", files);
        Assert.Contains("pictures/press-notes.pdf", files);
        Assert.Contains("pictures/still-1.", files.Select(f => f[..Math.Min(f.Length, "pictures/still-1.".Length)]));

        foreach (var file in files)
        {
            using var response = await nginx.Client.GetAsync("/" + file, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var expectedType = Path.GetExtension(file) switch
            {
                ".avif" => "image/avif",
                ".webp" => "image/webp",
                ".png" => "image/png",
                ".zip" => "application/zip",
                ".pdf" => "application/pdf",
                _ => "image/jpeg",
            };
            Assert.Equal(expectedType, response.Content.Headers.ContentType?.MediaType);
            var expectedCache = file is "pictures/stills.zip" or "pictures/press-notes.pdf" ? "public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400" : "public, max-age=31536000, immutable";
            Assert.Equal(expectedCache, response.Headers.CacheControl?.ToString());
            Assert.Equal(nginx.Export.Read(file), await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
            if (file == "pictures/press-notes.pdf")
            {
                Assert.Equal("ai-weiwei-never-sorry-press-notes.pdf", response.Content.Headers.ContentDisposition?.FileName);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pages.Urls), MemberType = typeof(Pages))]
    public async Task EveryAddressAPageNamesForAPictureIsInTheExport(string url)
    {
        Nginx.SkipUnlessInstalled();
        var page = await nginx.Client.GetDocumentAsync(url);
        var named = page.QuerySelectorAll("source[srcset], img[srcset]")
            .SelectMany(e => e.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[0]))
            .Concat(page.QuerySelectorAll("meta[property='og:image']").Select(m => new Uri(m.GetAttribute("content")!).AbsolutePath))
            .Concat(page.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")!))
            .ToList();
        Assert.NotEmpty(named);

        foreach (var address in named)
        {
            using var response = await nginx.Client.GetAsync(address, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address}, named on {url}, answered {(int)response.StatusCode}.");
        }
    }
}
