using System.Diagnostics;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Images;

/// <summary>What staff read when a picture named in film.json is wrong: the line of the field, and what to do.</summary>
public sealed class PictureValidation : IDisposable
{
    private const string Alt = "A generated test picture.";

    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheStillsWordsWithoutAFileStayValid()
    {
        var snapshot = _folder.Load();

        Assert.NotNull(snapshot.Film.Still);
        Assert.Empty(snapshot.SourcePictures);
    }

    [Fact]
    public void AGoodStillLoadsWithItsSizeAndFormat()
    {
        var snapshot = _folder.WithImage("still-1.jpg", TestPictures.Jpeg(1600, 900)).WithStill("images/still-1.jpg", Alt).Load();

        var still = Assert.Single(snapshot.SourcePictures);
        Assert.Equal((1600, 900), (still.Width, still.Height));
        Assert.Equal(ImageFormat.Jpeg, still.Format);
        Assert.Equal(Alt, still.Alt);
    }

    [Fact]
    public void AMissingFileIsNamedAtItsLine() =>
        AssertProblemAtFile(_folder.WithStill("images/still-1.jpg", Alt), "there is no file 'images/still-1.jpg'");

    [Fact]
    public void AFileThatIsNotAPictureIsSaidToBeNone() =>
        AssertProblemAtFile(_folder.WithImage("still-1.jpg", "not a picture at all"u8.ToArray()).WithStill("images/still-1.jpg", Alt), "is not a picture");

    [Fact]
    public void AGifIsAnUnsupportedFormat() =>
        AssertProblemAtFile(_folder.WithImage("still-1.gif", TestPictures.Gif(1300, 800)).WithStill("images/still-1.gif", Alt), "is a GIF, which the site does not take");

    [Fact]
    public void APictureNarrowerThan1200PixelsIsTooSmall() =>
        AssertProblemAtFile(_folder.WithImage("still-1.jpg", TestPictures.Jpeg(800, 600)).WithStill("images/still-1.jpg", Alt), "is 800 pixels wide");

    [Fact]
    public void ATruncatedJpegIsDamaged() =>
        AssertProblemAtFile(_folder.WithImage("still-1.jpg", TestPictures.TruncatedJpeg(2000, 1500)).WithStill("images/still-1.jpg", Alt), "damaged or incomplete: it starts like a JPEG picture");

    [Fact]
    public void AFileOverTheSizeLimitIsGivenItsSizeToATenth()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "images"));
        using (var file = File.Create(Path.Combine(_folder.Path, "images", "still-1.jpg")))
        {
            file.SetLength((long)(64.3 * 1024 * 1024));
        }

        AssertProblemAtFile(_folder.WithStill("images/still-1.jpg", Alt), "'images/still-1.jpg' is 64.3 MB, over the 64 MB a picture may have");
    }

    [Theory]
    [InlineData("press-notes.html", "ends in .html; rename it to images/press-notes.jpg")]
    [InlineData("still-1.png", "ends in .png; rename it to images/still-1.jpg")]
    [InlineData("still-1", "has no ending such as .jpg; rename it to images/still-1.jpg")]
    public void AJpegMustBeNamedAsAJpeg(string name, string expected) =>
        AssertProblemAtFile(_folder.WithImage(name, TestPictures.Jpeg(1600, 900)).WithStill($"images/{name}", Alt),
            $"'images/{name}' is a JPEG picture, but its name {expected} and write that name in film.json.");

    [Theory]
    [InlineData("still-1.JPG")]
    [InlineData("still-1.jpeg")]
    public void AJpegMayEndInAnyOfItsExtensions(string name)
    {
        var snapshot = _folder.WithImage(name, TestPictures.Jpeg(1600, 900)).WithStill($"images/{name}", Alt).Load();

        Assert.Single(snapshot.SourcePictures);
    }

    [Fact]
    public void AnInterlaced16BitPngTooBigToHoldIsRefusedWithWordsToSaveAJpeg()
    {
        var png = TestPictures.InterlacedPng16(5000, 5000);
        Assert.True(png.Length < 1_000_000, $"the PNG is {png.Length} bytes");

        AssertProblemAtFile(_folder.WithImage("still-1.png", png).WithStill("images/still-1.png", Alt),
            "'images/still-1.png' is an interlaced PNG of 5000 × 5000 pixels, which the site can only read by holding all of it in memory (143.1 MB, over the 128 MB a picture may take); save it as a JPEG");
    }

    [Fact]
    public void ALosslessWebPTooBigToHoldIsRefusedWithWordsToSaveAJpeg()
    {
        var webp = TestPictures.LosslessWebP(6000, 6000);
        Assert.True(webp.Length < 100_000, $"the WebP is {webp.Length} bytes");

        AssertProblemAtFile(_folder.WithImage("still-1.webp", webp).WithStill("images/still-1.webp", Alt),
            "'images/still-1.webp' is a lossless WebP of 6000 × 6000 pixels, which the site can only read by holding all of it in memory (137.3 MB, over the 128 MB a picture may take); save it as a JPEG.");
    }

    [Fact]
    public void PicturesThatFitTheMemoryBoundLoad()
    {
        _folder.WithImage("still-1.png", TestPictures.InterlacedPng(1600, 1200)).WithImage("still-2.webp", TestPictures.LosslessWebP(1600, 1200))
            .WithImage("still-3.webp", TestPictures.WebP(1600, 1200))
            .WithStill("images/still-1.png", Alt)
            .WithFilm(film => film["stills"] = new System.Text.Json.Nodes.JsonArray(
                new System.Text.Json.Nodes.JsonObject { ["caption"] = "Two.", ["credit"] = "Generated", ["file"] = "images/still-2.webp", ["alt"] = Alt },
                new System.Text.Json.Nodes.JsonObject { ["caption"] = "Three.", ["credit"] = "Generated", ["file"] = "images/still-3.webp", ["alt"] = Alt }));

        var snapshot = _folder.Load();

        Assert.Equal([ImageFormat.Png, ImageFormat.WebP, ImageFormat.WebP], snapshot.SourcePictures.Select(p => p.Format));
    }

    [Fact]
    public void ADecompressionBombIsRefusedFromItsHeaderWithoutDecoding()
    {
        var bomb = TestPictures.JpegClaiming(50_000);
        Assert.True(bomb.Length < 10_000, $"the bomb is {bomb.Length} bytes");
        _folder.WithImage("still-1.jpg", bomb).WithStill("images/still-1.jpg", Alt);

        var watch = Stopwatch.StartNew();
        AssertProblemAtFile(_folder, "claims to be 50000 × 50000 pixels");

        // Decoding 2.5 gigapixels would take many seconds and gigabytes; reading a header takes milliseconds.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"refusing the bomb took {watch.Elapsed}");
    }

    [Fact]
    public void AStillWithAFileNeedsAltText()
    {
        var problem = _folder.WithImage("still-1.jpg", TestPictures.Jpeg(1600, 900)).WithStill("images/still-1.jpg", alt: " ").SingleProblem();

        Assert.Equal(LineOf("\"alt\""), problem.Line);
        Assert.Contains("no alt text", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileOutsideTheImagesFolderIsRefused() =>
        AssertProblemAtFile(_folder.WithStill("../film.json", Alt), "is not a picture in the images folder");

    [Fact]
    public void ALinkToAFileElsewhereIsRefused()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), $"neversorry-elsewhere-{Guid.NewGuid():N}.jpg");
        File.WriteAllBytes(elsewhere, TestPictures.Jpeg(1600, 900));
        try
        {
            Directory.CreateDirectory(Path.Combine(_folder.Path, "images"));
            File.CreateSymbolicLink(Path.Combine(_folder.Path, "images", "still-1.jpg"), elsewhere);
            AssertProblemAtFile(_folder.WithStill("images/still-1.jpg", Alt), "is a link to another place");
        }
        finally
        {
            File.Delete(elsewhere);
        }
    }

    [Fact]
    public async Task ANamedPipeInPlaceOfAPictureIsRefusedWithoutWaitingOnIt()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "images"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(_folder.Path, "images", "still-1.jpg")]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, mkfifo.ExitCode);
        }
        _folder.WithStill("images/still-1.jpg", Alt);

        // A load that opened the pipe would wait for a writer forever; the time limit turns that into a failure.
        var problem = await Task.Run(() => Assert.Throws<ContentException>(() => _folder.Load()), TestContext.Current.CancellationToken)
            .WaitAsync(Patience.Answer, TestContext.Current.CancellationToken);
        Assert.Contains(problem.Problems, p => p.Message.Contains("still-1.jpg", StringComparison.Ordinal));
    }

    [Fact]
    public void AFurtherStillWithoutAFileIsNamed()
    {
        _folder.WithFilm(film => film["stills"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["caption"] = "Words only.",
            ["credit"] = "Nobody",
        }));

        var problem = _folder.SingleProblem();

        Assert.Contains("this still has no \"file\"", problem.Message, StringComparison.Ordinal);
    }

    private void AssertProblemAtFile(TempContentFolder folder, string expected)
    {
        var problem = folder.SingleProblem();
        Assert.Equal(folder.DisplayNameOf(ContentFiles.Film), problem.File);
        Assert.Equal(LineOf("\"file\""), problem.Line);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    private int LineOf(string needle) => ContentText.LineOf(File.ReadAllText(Path.Combine(_folder.Path, ContentFiles.Film)), needle);
}
