using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Commands;
using NeverSorry.Web.Images;

namespace NeverSorry.Tests.Integration.Publishing;

/// <summary>
/// A publish that adds a still, while the site runs against the live folder with its own picture cache: the
/// command waits while the site makes the still's files, and says when they are all made, as the site counts them.
/// </summary>
public sealed class PublishSaysWhenPicturesAreReady : IAsyncDisposable
{
    private readonly TempContentFolder _live = TempContentFolder.CopyOfReal();
    private readonly TempContentFolder _draft = TempContentFolder.CopyOfReal()
        .WithImage("still-1.jpg", TestPictures.Jpeg(1200, 800))
        .WithStill("images/still-1.jpg", "A generated test picture: a light disc on a colour field.");
    private readonly string _cache = Directory.CreateTempSubdirectory("neversorry-pictures-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();
    private SiteFactory? _site;

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
        _live.Dispose();
        _draft.Dispose();
        if (Directory.Exists(_live.Path + ".history"))
        {
            Directory.Delete(_live.Path + ".history", recursive: true);
        }
        Directory.Delete(_cache, recursive: true);
        _output.Dispose();
        _errors.Dispose();
    }

    [Fact]
    public async Task ItWaitsForTheNewStillsFilesAndSaysWhenTheyAreAllMade()
    {
        _site = new SiteFactory(_live.Path, settings: new Dictionary<string, string> { ["Pictures:CachePath"] = _cache });
        await PictureSite.WaitUntilSettledAsync(_site);
        Assert.Empty(PictureSite.PicturesOf(_site).Sources);

        var exitCode = await Task.Run(() => SiteCommands.TryRun(["publish", _draft.Path, "--to", _live.Path, "--force", $"--Pictures:CachePath={_cache}"], _output, _errors), TestContext.Current.CancellationToken)
            .WaitAsync(Patience.Answer, TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        var said = _output.ToString();
        Assert.Contains("the site shows the text within a second, and the pictures as it makes them.", said, StringComparison.Ordinal);
        // The site loaded the new version within a second, long before its pictures were made.
        var pictures = PictureSite.PicturesOf(_site);
        var still = Assert.Single(pictures.Sources);
        Assert.Equal("images/still-1.jpg", still.File);
        Assert.Matches($@"\nPictures: all {pictures.Files.Count} files ready after [0-9.]+ s; the site shows them now\.\r?\n$", said);
        Assert.Contains(pictures.Files, f => f.Kind == PictureKind.Avif && f.Source == still);
        Assert.All(pictures.Files, f => Assert.True(File.Exists(Path.Combine(_cache, f.Name)), $"{f.Name} is not in the cache"));
        Assert.Empty(_errors.ToString());
    }

    [Fact]
    public void WithNoWaitItSaysHowLongTheyWillTake()
    {
        var exitCode = SiteCommands.TryRun(["publish", _draft.Path, "--to", _live.Path, "--force", "--no-wait", $"--Pictures:CachePath={_cache}"], _output, _errors);

        Assert.Equal(0, exitCode);
        // No site runs here: nothing is made, not even the typographic cards a load draws (only the still's decoding is remembered).
        Assert.Matches(@"\nPictures: 0 of [0-9]+ files ready; the site makes the rest in the background \(about [0-9.]+ s\)", _output.ToString());
        Assert.All(Directory.GetFiles(_cache), file => Assert.EndsWith(".verified", file, StringComparison.Ordinal));
    }
}
