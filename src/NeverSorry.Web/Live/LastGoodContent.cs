using System.Text.Json;
using NeverSorry.Content.Files;
using NeverSorry.Content.Model;
using NeverSorry.Content.Publishing;
using NeverSorry.Web.Images;

namespace NeverSorry.Web.Live;

/// <summary>
/// The last version of a content folder that loaded cleanly, kept by the site so that a restart on a broken live
/// folder (a mistake saved, then a deploy or a reboot) serves it instead of refusing to start. Kept beside the
/// picture files, outside content/: each file once, named by its hash (a picture ten versions share is stored
/// once), and per live folder a list of which file is which, replaced in one rename.
/// </summary>
internal sealed partial class LastGoodContent(PictureCache cache, ILogger<LastGoodContent> logger)
{
    private readonly Lock _keeping = new();

    private string Root => Path.Combine(cache.Folder, "last-good");

    private string Objects => Path.Combine(Root, "files");

    /// <summary>Remembers the folder's files as its last good version; a failure costs only this safety net, and is logged.</summary>
    public void Keep(ContentFolder folder, DateTimeOffset loadedAt)
    {
        lock (_keeping)
        {
            try
            {
                var files = ContentFileSet.Of(folder.Path);
                Directory.CreateDirectory(Objects);
                foreach (var (relative, hash) in files.Hashes)
                {
                    var stored = Path.Combine(Objects, hash);
                    if (!File.Exists(stored))
                    {
                        WriteAtomically(stored, temporary => ContentFileSet.Copy(files.PathOf(relative), temporary));
                    }
                }
                var list = new KeptVersion(folder.Path, loadedAt, new SortedDictionary<string, string>(files.Hashes.ToDictionary(), StringComparer.Ordinal));
                WriteAtomically(ListOf(folder), temporary => File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(list)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogNotKept(ex, Root);
            }
        }
    }

    /// <summary>The last good version of the folder, laid out as a folder the loader reads, or null when none was kept.</summary>
    public (ContentFolder Folder, DateTimeOffset LoadedAt)? Find(ContentFolder folder)
    {
        try
        {
            if (!File.Exists(ListOf(folder)) || JsonSerializer.Deserialize<KeptVersion>(File.ReadAllBytes(ListOf(folder))) is not { } kept)
            {
                return null;
            }
            // Named by what it holds: two starts on the same version share one folder, laid out once.
            var version = Path.Combine(Root, $"{KeyOf(folder)}-{ContentHash.OfText(kept.Files.Select(f => $"{f.Key} {f.Value}"))[..10]}");
            if (!Directory.Exists(version))
            {
                var temporary = $"{version}.{Guid.NewGuid():N}.tmp";
                foreach (var (relative, hash) in kept.Files)
                {
                    var path = Path.Combine(temporary, relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.Copy(Path.Combine(Objects, hash), path);
                }
                Directory.Move(temporary, version);
            }
            return (new ContentFolder(version), kept.LoadedAt);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            LogNotFound(ex, Root);
            return null;
        }
    }

    private string ListOf(ContentFolder folder) => Path.Combine(Root, KeyOf(folder) + ".json");

    /// <summary>Each live folder has its own last good version: several sites may share one picture cache.</summary>
    private static string KeyOf(ContentFolder folder) => ContentHash.OfText(folder.Path)[..16];

    private static void WriteAtomically(string path, Action<string> write)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private sealed record KeptVersion(string Folder, DateTimeOffset LoadedAt, SortedDictionary<string, string> Files);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The last good content could not be kept in {Folder}; a restart on broken content would not start")]
    private partial void LogNotKept(Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The last good content kept in {Folder} could not be read")]
    private partial void LogNotFound(Exception exception, string folder);
}
