using NeverSorry.Content.Files;

namespace NeverSorry.Content.Pictures;

/// <summary>Reads a picture staff supplied through <see cref="SafeFile"/>: inside its folder, ordinary, never more than the limit.</summary>
public static class PictureFile
{
    /// <summary>The file's bytes, or null when it may not be read or holds more than the limit.</summary>
    public static byte[]? ReadAll(string path)
    {
        try
        {
            return SafeFile.Read(Path.GetDirectoryName(path)!, Path.GetFileName(path), PictureLimits.MaxFileBytes, out _);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
