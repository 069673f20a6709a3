using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// A page's last change (the sitemap's lastmod) counts press.json and the biographies when there are any, and
/// only then: without them, the press page's last change is its other files'.
/// </summary>
public sealed class PressFileTimes : IDisposable
{
    private static readonly DateTime Older = new(2012, 7, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Newer = new(2013, 2, 3, 0, 0, 0, DateTimeKind.Utc);

    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public PressFileTimes()
    {
        foreach (var file in ContentFiles.All)
        {
            File.SetLastWriteTimeUtc(Path.Combine(_folder.Path, file), Older);
        }
    }

    public void Dispose() => _folder.Dispose();

    private static string[] PressPage => [ContentFiles.Film, ContentFiles.Synopsis, ContentFiles.Press, Biography.Folder];

    [Fact]
    public void WithoutPressJsonOrBiographiesTheyDoNotCount()
    {
        Assert.Equal(Older, _folder.Load().LastModified(PressPage).UtcDateTime);
    }

    [Fact]
    public void PressJsonWrittenLaterMakesThePageLater()
    {
        _folder.With(ContentFiles.Press, "{}");
        File.SetLastWriteTimeUtc(Path.Combine(_folder.Path, ContentFiles.Press), Newer);

        Assert.Equal(Newer, _folder.Load().LastModified(PressPage).UtcDateTime);
    }

    [Fact]
    public void TheLatestBiographyMakesThePageLater()
    {
        var bios = Path.Combine(_folder.Path, Biography.Folder);
        Directory.CreateDirectory(bios);
        _folder.With("bios/a-test.md", "---\nname: A. Test\nrole: Subject\n---\nText.\n");
        _folder.With("bios/b-test.md", "---\nname: B. Test\nrole: Subject\n---\nText.\n");
        File.SetLastWriteTimeUtc(Path.Combine(bios, "a-test.md"), Older);
        File.SetLastWriteTimeUtc(Path.Combine(bios, "b-test.md"), Newer);
        Directory.SetLastWriteTimeUtc(bios, Older);

        Assert.Equal(Newer, _folder.Load().LastModified(PressPage).UtcDateTime);
    }
}
