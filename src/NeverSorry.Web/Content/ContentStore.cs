using Microsoft.Extensions.Options;

namespace NeverSorry.Web.Content;

/// <summary>
/// Holds the snapshot the site serves. Loading replaces the whole snapshot in one reference swap, so
/// readers never see a half-updated version.
/// </summary>
internal sealed class ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ContentLoader loader)
    : IContentStore
{
    private ContentSnapshot? _current;

    public ContentFolder Folder { get; } =
        new(Path.Combine(environment.ContentRootPath, options.Value.Path));

    public ContentSnapshot Current =>
        Volatile.Read(ref _current) ?? throw new InvalidOperationException("The content has not been loaded yet.");

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    /// <summary>Loads the folder and swaps the new snapshot in; throws <see cref="ContentException"/> and keeps the old one when the folder has problems.</summary>
    public ContentSnapshot Load()
    {
        var snapshot = loader.Load(Folder);
        Volatile.Write(ref _current, snapshot);
        return snapshot;
    }
}
