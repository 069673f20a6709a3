using NeverSorry.Content.Files;
using NeverSorry.Content.Model;

namespace NeverSorry.Content.Reading;

/// <summary>
/// Reads one content file as the site allows: an ordinary file that really lies inside the content folder,
/// no bigger than its limit. A link that leads out of the folder (to /etc/passwd, /proc/self/environ) would
/// publish the server's own files, and a named pipe would stall every load, so both are refused with words
/// staff can act on. The folder itself may be a link (a deployment's <c>current</c>): it is resolved on every load.
/// </summary>
public static class ContentFileReader
{
    private const int Chunk = 64 * 1024;

    public static byte[]? Read(ContentFolder folder, string fileName, int maxBytes, ICollection<ContentProblem> problems)
    {
        var displayName = folder.DisplayName(fileName);
        var refusal = Refusal(folder, fileName, out var realPath);
        if (refusal is not null)
        {
            problems.Add(new ContentProblem(displayName, 1, 1, refusal));
            return null;
        }
        try
        {
            using var stream = UnixFiles.OpenRegular(realPath!);
            if (stream is null)
            {
                problems.Add(new ContentProblem(displayName, 1, 1, $"this is not an ordinary file (it is a named pipe or a socket), and the site reads only ordinary text files. Replace it with the file itself, named {fileName}."));
                return null;
            }
            var bytes = ReadAtMost(stream, maxBytes);
            if (bytes is null)
            {
                problems.Add(new ContentProblem(displayName, 1, 1, $"the file is larger than {ContentLimits.Words(maxBytes)}, the most the site reads for one {Path.GetExtension(fileName).TrimStart('.')} file. Check that it holds what it should (see content/README.md)."));
            }
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ContentProblem(displayName, 1, 1, $"the file cannot be read: the site is not allowed to open it, or it changed while being read. Check that {fileName} is an ordinary file the site may read, then save it again.") { Cause = ex });
            return null;
        }
    }

    /// <summary>Why the file is not read at all, or null with its real path when it may be.</summary>
    private static string? Refusal(ContentFolder folder, string fileName, out string? realPath)
    {
        realPath = null;
        var folderPath = UnixFiles.RealPath(folder.Path);
        if (folderPath is null)
        {
            return "the content folder itself cannot be found, so this file cannot be read. Check the Content:Path setting.";
        }
        var path = Path.Combine(folderPath, fileName);
        realPath = UnixFiles.RealPath(path);
        if (realPath is null)
        {
            return new FileInfo(path).LinkTarget is null
                ? $"there is no file named {fileName} in the content folder. Put it back, named exactly {fileName} (see content/README.md for what it holds)."
                : $"this is a link to a file that does not exist. Replace the link with the file itself, named {fileName}.";
        }
        if (!realPath.StartsWith(folderPath.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return $"this is a link to a file outside the content folder, and the site reads only files inside it (so that no other file of the server is ever published). Replace the link with the file itself, named {fileName}.";
        }
        if (Directory.Exists(realPath))
        {
            return $"this is a folder, not a file. Put the file {fileName} here instead.";
        }
        return null;
    }

    /// <summary>The whole stream, or null when it holds more than <paramref name="maxBytes"/>; never reads past that.</summary>
    private static byte[]? ReadAtMost(Stream stream, int maxBytes)
    {
        using var bytes = new MemoryStream();
        var buffer = new byte[Chunk];
        int read;
        while ((read = stream.Read(buffer, 0, (int)Math.Min(Chunk, maxBytes + 1L - bytes.Length))) > 0)
        {
            bytes.Write(buffer, 0, read);
            if (bytes.Length > maxBytes)
            {
                return null;
            }
        }
        return bytes.ToArray();
    }
}
