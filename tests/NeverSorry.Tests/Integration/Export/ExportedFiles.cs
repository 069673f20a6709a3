using System.IO.Compression;
using System.Net;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Export;
using NeverSorry.Web.Caching;

namespace NeverSorry.Tests.Integration.Export;

/// <summary>What <c>export &lt;folder&gt; --base-url …</c> writes: the live site's own bytes, precompressed, complete.</summary>
[Collection(ProcessTier.Name)]
public class ExportedFiles(ExportedSite export, LiveSiteWithBaseUrl live) : IClassFixture<ExportedSite>, IClassFixture<LiveSiteWithBaseUrl>
{
    [Theory]
    [MemberData(nameof(ExportLayout.UrlsAndFiles), MemberType = typeof(ExportLayout))]
    public async Task AreByteForByteWhatTheLiveSiteServes(string url, string file)
    {
        using var response = await live.GetAsync(url);

        Assert.Equal(url == Pages.NotFound ? HttpStatusCode.NotFound : HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), export.Read(file));
    }

    [Fact]
    public void GiveEveryTextFileBrotliAndGzipCopiesOfTheSameBytes()
    {
        var textFiles = export.Files.Where(f => Path.GetExtension(f) is ".html" or ".css" or ".svg" or ".xml" or ".txt").ToList();

        Assert.Contains("css", textFiles.Select(f => f.Split('/')[0]));
        Assert.All(textFiles, file =>
        {
            var plain = export.Read(file);
            Assert.Equal(plain, Decompress(new BrotliStream(new MemoryStream(export.Read(file + ".br")), CompressionMode.Decompress)));
            Assert.Equal(plain, Decompress(new GZipStream(new MemoryStream(export.Read(file + ".gz")), CompressionMode.Decompress)));
        });
    }

    /// <summary>The stylesheet's font is not a link the export can follow in a page: the layout's preload leads it there.</summary>
    [Fact]
    public void CarryTheDisplayFace()
    {
        var shipped = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "src", "NeverSorry.Web", "wwwroot", "fonts", "oswald-600-latin.woff2"));

        Assert.Equal(shipped, export.Read("fonts/oswald-600-latin.woff2"));
    }

    [Fact]
    public void HoldEveryFileThePagesLinkTo()
    {
        var missing = new List<string>();
        var linked = 0;
        foreach (var (url, file) in ExportLayout.Answers.Where(a => a.File.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = new Uri(ExportedSite.BaseUrl, url);
            var document = Html.Parse(System.Text.Encoding.UTF8.GetString(export.Read(file)));
            foreach (var reference in document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                // Links elsewhere, and within the page itself (the skip link's #main), need no file.
                if (!Uri.TryCreate(page, reference, out var target) || target.Authority != page.Authority || target.AbsolutePath == page.AbsolutePath)
                {
                    continue;
                }
                linked++;
                var path = target.AbsolutePath.Trim('/');
                var stored = path.Length == 0 ? "index.html" : path;
                if (!File.Exists(Path.Combine(export.Folder, stored)) && !File.Exists(Path.Combine(export.Folder, stored, "index.html")))
                {
                    missing.Add($"{target.AbsolutePath} (linked from {url})");
                }
            }
        }

        Assert.True(linked > 0, "The exported pages link to nothing of their own.");
        Assert.True(missing.Count == 0, "Not in the export: " + string.Join("; ", missing));
    }

    private static byte[] Decompress(Stream decompressing)
    {
        using (decompressing)
        {
            using var plain = new MemoryStream();
            decompressing.CopyTo(plain);
            return plain.ToArray();
        }
    }
}
