using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NeverSorry.Content.Loading;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Images;
using NeverSorry.Web.Site;

namespace NeverSorry.Tests.Unit.Images;

/// <summary>
/// What publish expects of the site's pictures (<see cref="PicturePlanner.Expect"/>) is what a load plans, with the
/// same notion of "made", a given-up AVIF included, and it writes nothing into the cache.
/// </summary>
public sealed class PicturePlannerExpect : IDisposable
{
    private readonly TempContentFolder _content = TempContentFolder.CopyOfReal().WithStillsAndPoster(1200, 800);
    private readonly string _cache = Directory.CreateTempSubdirectory("neversorry-pictures-").FullName;
    private readonly PicturePlanner _planner;
    private readonly ContentSnapshot _loaded;

    public PicturePlannerExpect()
    {
        _planner = new PicturePlanner(new PictureCache(_cache), new SiteToday(TimeProvider.System, Options.Create(new SiteOptions())), NullLogger<PicturePlanner>.Instance);
        _loaded = _content.Load();
    }

    public void Dispose()
    {
        _content.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    [Fact]
    public void ItPlansWhatALoadPlansAndDrawsNothing()
    {
        var expected = _planner.Expect(_loaded);

        Assert.Empty(expected.Ready);
        Assert.Empty(Directory.GetFiles(_cache));
        // A load draws the typographic cards at once: then both see them made.
        var planned = _planner.Plan(_loaded);
        Assert.Equal(planned.Files.Select(f => f.Name), expected.Files.Select(f => f.Name));
        Assert.NotEmpty(planned.Ready);
        Assert.Equal(planned.Ready, _planner.InCache(expected).Ready);
    }

    [Fact]
    public void AGivenUpAvifCountsAsMadeAsTheSiteCountsIt()
    {
        var expected = _planner.Expect(_loaded);
        var still = _loaded.SourcePictures[0];
        var avif = expected.Files.Where(f => f.Source == still && f.Kind == PictureKind.Avif).OrderBy(f => f.Width).ToList();

        new PictureCache(_cache).Write(PictureCache.GivenUpMarker(avif[^1].Name), [(byte)'\n']);

        var now = _planner.InCache(expected);
        Assert.Equal(avif.Select(f => f.Name).Order(), now.Ready.Order());
        Assert.Contains(still.Sha256, now.GivenUp);
        Assert.Equal(_planner.Plan(_loaded).Ready, _planner.InCache(expected).Ready);
    }
}
