namespace NeverSorry.Tests.Infrastructure.Export;

/// <summary>
/// The real content exported once, by the built app run as staff run it (<c>export &lt;folder&gt; --base-url …</c>),
/// into a fresh temporary folder that is deleted afterwards.
/// </summary>
public sealed class ExportedSite : IAsyncLifetime
{
    /// <summary>The live site's public address in the tests, so the pages carry canonical links and there is a sitemap.</summary>
    public static readonly Uri BaseUrl = new(PublicSite.BaseUrl + "/");

    private readonly string _contentPath;

    public ExportedSite()
        : this(RepositoryPaths.Content)
    {
    }

    /// <param name="contentPath">The content folder to export (one with pictures, say).</param>
    internal ExportedSite(string contentPath) => _contentPath = contentPath;

    /// <summary>The export's absolute path.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"neversorry-export-{Guid.NewGuid():N}");

    /// <summary>Every file written, relative to <see cref="Folder"/>, with forward slashes.</summary>
    public IReadOnlyList<string> Files =>
        [.. Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))];

    public async ValueTask InitializeAsync()
    {
        var (exitCode, output) = await SiteProcess.RunAsync(
            "export", Folder, "--base-url", BaseUrl.AbsoluteUri, $"--Content:Path={_contentPath}");
        Assert.True(exitCode == 0, $"export exited with {exitCode}:{Environment.NewLine}{output}");
    }

    public byte[] Read(string file) => File.ReadAllBytes(Path.Combine(Folder, file));

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
        return ValueTask.CompletedTask;
    }
}
