namespace NeverSorry.Content.Files;

/// <summary>
/// The one way the site opens a file that staff (or anyone with write access) control: an ordinary file whose real
/// path, every link resolved, lies inside its folder. A link out of the folder (to /etc/shadow) would publish the
/// server's own files, and a named pipe would stall whoever reads it, so both are refused, never followed or waited on,
/// also when a name is swapped for a link between the check and the open (<see cref="UnixFiles.OpenRegularBelow"/>).
/// The folder itself may be a link (a deployment's <c>current</c>): it is resolved on every call.
/// </summary>
public static class SafeFile
{
    private const int Chunk = 64 * 1024;

    /// <summary>Opens the file for reading, or says why it may not be read.</summary>
    public static FileStream? Open(string folder, string relativePath, out SafeFileRefusal refusal)
    {
        var (folderPath, realPath) = Locate(folder, relativePath, out refusal);
        if (realPath is null)
        {
            return null;
        }
        // Opened by the path just checked, but checked again from the open file itself: a name swapped meanwhile is refused.
        var stream = UnixFiles.OpenRegularBelow(realPath, folderPath!);
        refusal = stream is null ? SafeFileRefusal.NotAnOrdinaryFile : SafeFileRefusal.None;
        return stream;
    }

    /// <summary>The whole file, never more than <paramref name="maxBytes"/> read, or null with why not.</summary>
    /// <exception cref="IOException">The file could not be read (permissions, or it changed while read).</exception>
    public static byte[]? Read(string folder, string relativePath, long maxBytes, out SafeFileRefusal refusal)
    {
        using var stream = Open(folder, relativePath, out refusal);
        if (stream is null)
        {
            return null;
        }
        using var bytes = new MemoryStream();
        var buffer = new byte[Chunk];
        int read;
        while ((read = stream.Read(buffer, 0, (int)Math.Min(Chunk, maxBytes + 1 - bytes.Length))) > 0)
        {
            bytes.Write(buffer, 0, read);
            if (bytes.Length > maxBytes)
            {
                refusal = SafeFileRefusal.TooLarge;
                return null;
            }
        }
        return bytes.ToArray();
    }

    private static (string? Folder, string? RealPath) Locate(string folder, string relativePath, out SafeFileRefusal refusal)
    {
        var folderPath = UnixFiles.RealPath(folder);
        if (folderPath is null)
        {
            refusal = SafeFileRefusal.NoFolder;
            return (null, null);
        }
        var path = Path.Combine(folderPath, relativePath);
        var realPath = UnixFiles.RealPath(path);
        refusal = realPath switch
        {
            null when new FileInfo(path).LinkTarget is null => SafeFileRefusal.Missing,
            null => SafeFileRefusal.BrokenLink,
            _ when !UnixFiles.IsBelow(realPath, folderPath) => SafeFileRefusal.OutsideTheFolder,
            _ when Directory.Exists(realPath) => SafeFileRefusal.AFolder,
            _ => SafeFileRefusal.None,
        };
        return (folderPath, refusal == SafeFileRefusal.None ? realPath : null);
    }
}

/// <summary>Why <see cref="SafeFile"/> did not read a file; each caller words it for its readers.</summary>
public enum SafeFileRefusal
{
    None,
    NoFolder,
    Missing,
    BrokenLink,
    OutsideTheFolder,
    AFolder,
    NotAnOrdinaryFile,
    TooLarge,
}
