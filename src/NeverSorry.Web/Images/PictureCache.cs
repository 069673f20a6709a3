using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NeverSorry.Content.Files;
using NeverSorry.Content.Pictures;

namespace NeverSorry.Web.Images;

/// <summary>
/// The folder of files made from the pictures. A file is written under a temporary name and renamed into
/// place, so a reader never sees half of one, and two instances sharing the folder never clash.
/// </summary>
internal sealed partial class PictureCache : IVerifiedPictures
{
    public PictureCache(IOptions<PictureOptions> options, IHostEnvironment environment)
        : this(Path.Combine(environment.ContentRootPath, options.Value.CachePath))
    {
    }

    public PictureCache(string folder) => Folder = Path.GetFullPath(folder);

    public string Folder { get; }

    /// <summary>The file of a cached name; null for anything that is not one (a path, a dot file).</summary>
    public string? PathOf(string name) => CachedName().IsMatch(name) ? Path.Combine(Folder, name) : null;

    /// <summary>
    /// Whether the name is in the cache as a file that can be read: one made unreadable, or replaced by a pipe
    /// (which would stall whoever sends it), counts as lost and is made again.
    /// </summary>
    public bool Has(string name)
    {
        if (PathOf(name) is not { } path || !File.Exists(path))
        {
            return false;
        }
        try
        {
            using var file = UnixFiles.OpenRegular(path);
            return file is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Write(string name, byte[] bytes) => Write(name, stream => stream.Write(bytes));

    /// <summary>Writes through a stream (the ZIP, too big to hold in memory), then renames it into place.</summary>
    public void Write(string name, Action<Stream> write)
    {
        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $".{name}.{Guid.NewGuid():N}.tmp");
        using (var stream = File.Create(temporary))
        {
            write(stream);
        }
        File.Move(temporary, Path.Combine(Folder, name), overwrite: true);
    }

    /// <summary>The size of a cached file in bytes, for the press page's downloads; 0 when it is not there.</summary>
    public long LengthOf(string name) => PathOf(name) is { } path && new FileInfo(path) is { Exists: true } file ? file.Length : 0;

    /// <summary>Whether a picture with these bytes (by hash) was decoded to the end once: a restart need not do it again.</summary>
    public bool IsVerified(string sha256) => Has(VerifiedMarker(sha256));

    public void MarkVerified(string sha256)
    {
        try
        {
            Write(VerifiedMarker(sha256), [(byte)'\n']);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a shortcut for the next start: without it that start decodes the picture again.
        }
    }

    private static string VerifiedMarker(string sha256) => sha256[..32] + ".verified";

    /// <summary>Remembers, across restarts, that a picture's AVIF was given up, so it is not tried again.</summary>
    public static string GivenUpMarker(string avifName) => Path.ChangeExtension(avifName, ".given-up");

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*(\.[0-9a-f]{10})?\.(jpg|png|webp|avif|zip|pdf|given-up|verified)$")]
    private static partial Regex CachedName();
}
