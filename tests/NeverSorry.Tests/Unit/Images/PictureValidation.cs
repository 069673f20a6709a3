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
        AssertProblemAtFile(_folder.WithImage("still-1.jpg", TestPictures.TruncatedJpeg(2000, 1500)).WithStill("images/still-1.jpg", Alt), "damaged or incomplete");

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
