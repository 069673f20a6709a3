using NeverSorry.Content.Files;

namespace NeverSorry.Tests.Unit.Files;

/// <summary>
/// SafeFile resolves a path, then opens it: between the two, anyone who can write the folder can swap a name
/// for a link. The open itself must refuse what it was not meant to read, whatever the path looked like when it
/// was checked: here each state the swap can leave is opened directly by the path that was checked.
/// </summary>
public sealed class OpenChecksWhatItOpened : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("neversorry-open-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("neversorry-outside-").FullName;

    public OpenChecksWhatItOpened()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "the publisher's own file");
        Directory.CreateDirectory(Path.Combine(_folder, "images"));
        File.WriteAllText(Path.Combine(_folder, "images", "still.jpg"), "a picture");
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public void AnOrdinaryFileInsideTheFolderIsRead()
    {
        using var stream = UnixFiles.OpenRegularBelow(Path.Combine(_folder, "images", "still.jpg"), _folder);

        Assert.NotNull(stream);
        Assert.Equal("a picture", new StreamReader(stream).ReadToEnd());
    }

    [Fact]
    public void AFileSwappedForALinkAfterTheCheckIsNotFollowed()
    {
        var still = Path.Combine(_folder, "images", "still.jpg");
        File.Delete(still);
        File.CreateSymbolicLink(still, Path.Combine(_outside, "secret.txt"));

        Assert.Null(UnixFiles.OpenRegularBelow(still, _folder));
    }

    [Fact]
    public void AFolderSwappedForALinkOutOfTheFolderAfterTheCheckIsRefused()
    {
        var images = Path.Combine(_folder, "images");
        Directory.Delete(images, recursive: true);
        File.Copy(Path.Combine(_outside, "secret.txt"), Path.Combine(_outside, "still.jpg"));
        Directory.CreateSymbolicLink(images, _outside);

        Assert.Null(UnixFiles.OpenRegularBelow(Path.Combine(images, "still.jpg"), _folder));
    }

    [Fact]
    public async Task ANamedPipeIsNeitherOpenedForLongNorRead()
    {
        var pipe = Path.Combine(_folder, "images", "pipe.jpg");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        Assert.Null(UnixFiles.OpenRegularBelow(pipe, _folder));
    }
}
