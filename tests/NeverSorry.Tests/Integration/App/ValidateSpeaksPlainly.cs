using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.App;

/// <summary>What staff read from validate is the site's own sentences, never a library's log (libvips writes its warnings to standard error).</summary>
[Collection(ProcessTier.Name)]
public sealed class ValidateSpeaksPlainly : IDisposable
{
    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ADamagedPictureIsNamedWithoutLibvipsWarnings()
    {
        _folder.WithImage("still-1.jpg", TestPictures.TruncatedJpeg(2000, 1500)).WithStill("images/still-1.jpg", "A generated test picture.");

        var (exitCode, output) = await SiteProcess.RunAsync("validate", _folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("'images/still-1.jpg' is damaged or incomplete", output, StringComparison.Ordinal);
        Assert.DoesNotContain("VIPS", output, StringComparison.Ordinal);
    }
}
