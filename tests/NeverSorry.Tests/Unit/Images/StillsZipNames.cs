using System.IO.Compression;
using NeverSorry.Content.Files;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Images;

namespace NeverSorry.Tests.Unit.Images;

/// <summary>
/// The press ZIP names its entries itself, from the film, the picture's role and its format, whatever staff
/// called the files: a poster reusing a still's file, <c>Still.jpg</c> beside <c>still.jpg</c>, a picture in a
/// file named <c>captions.txt</c> or <c>press-notes.html</c> give distinct, safe names, each with its own bytes.
/// </summary>
public sealed class StillsZipNames : IDisposable
{
    private const string Prefix = "ai-weiwei-never-sorry-";
    private static readonly Film s_film = new ContentLoader(TimeProvider.System).Load(new ContentFolder(RepositoryPaths.Content)).Film;
    private readonly DirectoryInfo _images = Directory.CreateTempSubdirectory("neversorry-zip-names-");

    public void Dispose() => _images.Delete(recursive: true);

    [Fact]
    public void EveryEntryHasTheSitesNameOnceWithItsOwnBytes()
    {
        var upper = Picture("Still.jpg", SourcePicture.StillLabel, ImageFormat.Jpeg, TestPictures.Jpeg(1200, 800));
        var lower = Picture("still.jpg", SourcePicture.StillLabel, ImageFormat.Jpeg, TestPictures.Jpeg(1300, 800));
        var poster = lower with { Label = SourcePicture.PosterLabel, Caption = null };
        var captions = Picture("captions.txt", SourcePicture.StillLabel, ImageFormat.Png, TestPictures.Png(1200, 900));
        var html = Picture("press-notes.html", SourcePicture.StillLabel, ImageFormat.Jpeg, TestPictures.Jpeg(1400, 800));
        SourcePicture[] sources = [poster, upper, lower, captions, html];

        using var zip = Write(sources);

        string[] expected = [$"{Prefix}poster.jpg", $"{Prefix}still-01.jpg", $"{Prefix}still-02.jpg", $"{Prefix}still-03.png", $"{Prefix}still-04.jpg", $"{Prefix}press-notes.pdf", StillsZip.CaptionsName];
        Assert.Equal(expected, zip.Entries.Select(e => e.FullName));
        Assert.Equal(File.ReadAllBytes(Path.Combine(_images.FullName, "press-notes.pdf")), Bytes(zip.GetEntry($"{Prefix}press-notes.pdf")!));
        foreach (var (source, name) in sources.Zip(expected))
        {
            Assert.Equal(File.ReadAllBytes(source.FullPath), Bytes(zip.GetEntry(name)!));
        }
        var text = System.Text.Encoding.UTF8.GetString(Bytes(zip.GetEntry(StillsZip.CaptionsName)!));
        Assert.All(expected[..^2], name => Assert.Contains(name + " (", text, StringComparison.Ordinal));
        Assert.DoesNotContain("press-notes.html", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Still.jpg", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StillsAreNumberedWithAsManyDigitsAsTheirCountNeeds()
    {
        var still = Picture("still.webp", SourcePicture.StillLabel, ImageFormat.WebP, [1]);

        var names = PressFileNames.Of(s_film, [.. Enumerable.Repeat(still, 120)]);

        Assert.Equal($"{Prefix}still-001.webp", names[0]);
        Assert.Equal($"{Prefix}still-120.webp", names[^1]);
        Assert.Equal(120, names.Distinct().Count());
    }

    private SourcePicture Picture(string file, string label, ImageFormat format, byte[] bytes)
    {
        var path = Path.Combine(_images.FullName, file);
        File.WriteAllBytes(path, bytes);
        return new SourcePicture(Slug.Of(Path.GetFileNameWithoutExtension(file)), label, $"images/{file}", path, format, 1200, 800, bytes.Length,
            ContentHash.Of(bytes), "What the picture shows.", "A caption.", "A credit", null);
    }

    /// <summary>Stands in for the press notes: the ZIP copies the PDF's bytes as they are.</summary>
    private string StandInPressNotes()
    {
        var path = Path.Combine(_images.FullName, "press-notes.pdf");
        File.WriteAllBytes(path, "%PDF-1.7 stand-in"u8.ToArray());
        return path;
    }

    private ZipArchive Write(IReadOnlyList<SourcePicture> sources)
    {
        var output = new MemoryStream();
        StillsZip.Write(output, s_film, [.. sources.Select(s => (s, s.FullPath))], StandInPressNotes());
        output.Position = 0;
        return new ZipArchive(output, ZipArchiveMode.Read);
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
