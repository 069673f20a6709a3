using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NeverSorry.Content.Files;

/// <summary>
/// The two POSIX calls .NET does not offer: the real path of a file (every link resolved, as the kernel
/// sees it) and an open that cannot block on a named pipe. .NET's FileStream waits in open() for a pipe's
/// writer, and exposes no file type to check first (dotnet/runtime#62868).
/// </summary>
public static partial class UnixFiles
{
    private const int ReadOnly = 0;

    /// <summary>Whether a full path lies below a folder (not the folder itself), compared as written: resolve links first where they matter.</summary>
    public static bool IsBelow(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link and '..' resolved, or null when it does not exist.</summary>
    public static unsafe string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.Exists(path) || Directory.Exists(path) ? new FileInfo(path).ResolveLinkTarget(true)?.FullName ?? Path.GetFullPath(path) : null;
        }
        var resolved = RealPathNative(path, 0);
        if (resolved == 0)
        {
            return null;
        }
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            NativeMemory.Free((void*)resolved);
        }
    }

    /// <summary>Opens a file for reading without waiting for anything (a pipe answers at once, empty).</summary>
    public static FileStream OpenWithoutBlocking(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        }
        var descriptor = Open(path, ReadOnly | (OperatingSystem.IsMacOS() ? 0x4 : 0x800)); // O_NONBLOCK
        if (descriptor < 0)
        {
            throw new IOException($"open({path}) failed: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }
        return new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read, bufferSize: 0);
    }

    /// <summary>
    /// The file opened as <see cref="OpenWithoutBlocking"/> opens it, or null when it is not an ordinary file: a
    /// named pipe or a socket cannot seek, and reading one would wait for a writer.
    /// </summary>
    public static FileStream? OpenRegular(string path)
    {
        var stream = OpenWithoutBlocking(path);
        if (stream.CanSeek)
        {
            return stream;
        }
        stream.Dispose();
        return null;
    }

    [LibraryImport("libc", EntryPoint = "realpath", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint RealPathNative(string path, nint resolved);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);
}
