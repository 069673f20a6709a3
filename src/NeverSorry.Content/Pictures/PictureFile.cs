using NeverSorry.Content.Files;

namespace NeverSorry.Content.Pictures;

/// <summary>Reads a picture staff supplied: a regular file, never more than the limit, never a link.</summary>
public static class PictureFile
{
    /// <summary>The file's bytes, or null when it is not a plain readable file or holds more than the limit.</summary>
    public static byte[]? ReadAll(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.LinkTarget is not null || info.Length > PictureLimits.MaxFileBytes)
            {
                return null;
            }
            // Never blocks: a named pipe in place of a picture is refused, not waited on.
            using var stream = UnixFiles.OpenRegular(path);
            if (stream is null)
            {
                return null;
            }
            var bytes = new byte[info.Length];
            stream.ReadExactly(bytes);
            // A file that grew while read is not the file that was checked.
            return stream.ReadByte() == -1 ? bytes : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
