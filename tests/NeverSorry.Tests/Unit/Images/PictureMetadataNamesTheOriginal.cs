using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NeverSorry.Content.Loading;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Images;
using NeverSorry.Web.Site;

namespace NeverSorry.Tests.Unit.Images;

/// <summary>
/// An original carries its words inside, so its cached name hashes them: a new caption, credit, copyright, terms or
/// film title makes a new original (and a new ZIP, which copies the originals); words left as they were keep the name.
/// </summary>
public sealed class PictureMetadataNamesTheOriginal : IDisposable
{
    private readonly TempContentFolder _content = TempContentFolder.CopyOfReal().WithStillsAndPoster(1200, 800);
    private readonly string _cache = Directory.CreateTempSubdirectory("neversorry-pictures-").FullName;
    private readonly PicturePlanner _planner;

    public PictureMetadataNamesTheOriginal() =>
        _planner = new PicturePlanner(new PictureCache(_cache), new SiteToday(TimeProvider.System, Options.Create(new SiteOptions())), NullLogger<PicturePlanner>.Instance);

    public void Dispose()
    {
        _content.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    public static TheoryData<string, string> Changes => new()
    {
        { "still", "caption" },
        { "still", "credit" },
        { "still", "copyright" },
        { "still", "usage" },
        { "film", "title" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void ANewWordIsANewOriginalAndANewZip(string where, string field)
    {
        var before = Names(_content.Load());

        _content.WithFilm(film => (where == "film" ? film : film["still"]!.AsObject())[field] = "Changed by the test");

        var after = Names(_content.Load());
        Assert.NotEqual(before.Still, after.Still);
        Assert.NotEqual(before.Zip, after.Zip);
        Assert.StartsWith("still-1.", after.Still, StringComparison.Ordinal);
        Assert.EndsWith(".jpg", after.Still, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameWordsKeepTheName()
    {
        var before = Names(_content.Load());

        // Written again, the same words: film.json's text changes, its words do not.
        _content.WithFilm(film => film["still"]!["caption"] = film["still"]!["caption"]!.GetValue<string>());

        Assert.Equal(before, Names(_content.Load()));
    }

    private (string Still, string Zip) Names(ContentSnapshot content)
    {
        var files = _planner.Expect(content).Files;
        var still = files.Single(f => f.Kind == PictureKind.Original && f.Source!.Slug == "still-1");
        return (still.Name, files.Single(f => f.Kind == PictureKind.Zip).Name);
    }
}
