using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NeverSorry.Content.Files;

/// <summary>
/// The POSIX calls .NET does not offer: the real path of a file (every link resolved, as the kernel sees it),
/// an open that cannot block on a named pipe nor follow a link, what an open descriptor is, and the renames and
/// hard links a publish switches with. .NET's FileStream waits in open() for a pipe's writer, and exposes no
/// file type to check first (dotnet/runtime#62868).
/// </summary>
public static partial class UnixFiles
{
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;
    private const int CurrentFolder = -100;
    private const int EmptyPath = 0x1000;
    private const int NoFollowLink = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxInode = 0x101;
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const uint RenameExchange = 2;
    private const int NotPermitted = 1;
    private const int CrossDevice = 18;
    private const int InvalidArgument = 22;
    private const int TooManyLinks = 31;
    private const int NoSuchCall = 38;
    private const int LinkLoop = 40;
    private const int NotSupported = 95;

    /// <summary>O_NOFOLLOW, whose value differs between Linux's architectures.</summary>
    private static int NoFollow => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;

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
            throw Failed("open", path);
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

    /// <summary>
    /// Opens <paramref name="path"/> (a real path: no link in it) only if what is opened is an ordinary file below
    /// <paramref name="folder"/>: the last name is never followed as a link, and the open descriptor itself says
    /// what it is and where it lies, so a name swapped for a link after the path was resolved is refused, not read.
    /// </summary>
    public static FileStream? OpenRegularBelow(string path, string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            // Only Linux shows a descriptor's path (/proc/self/fd); elsewhere the caller's realpath check stands alone.
            return OpenRegular(path);
        }
        var descriptor = Open(path, ReadOnly | NonBlocking | CloseOnExec | NoFollow);
        if (descriptor < 0)
        {
            return Marshal.GetLastPInvokeError() == LinkLoop ? null : throw Failed("open", path);
        }
        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        if (Statx(descriptor, "", EmptyPath, StatxType, out var status) != 0 || (status.Mode & FileTypeMask) != RegularFile
            || new FileInfo($"/proc/self/fd/{descriptor}").LinkTarget is not { } opened || !IsBelow(opened, folder))
        {
            handle.Dispose();
            return null;
        }
        return new FileStream(handle, FileAccess.Read, bufferSize: 0);
    }

    /// <summary>The device and inode of a path (not followed if a link): two names of one file (hard links) share them.</summary>
    public static (ulong Device, ulong Inode)? Identity(string path)
    {
        if (!OperatingSystem.IsLinux() || Statx(CurrentFolder, path, NoFollowLink, StatxInode, out var status) != 0)
        {
            return null;
        }
        return (((ulong)status.DeviceMajor << 32) | status.DeviceMinor, status.Inode);
    }

    /// <summary>Replaces <paramref name="to"/> by <paramref name="from"/> in one step: rename(2).</summary>
    public static void Rename(string from, string to)
    {
        if (RenameNative(from, to) != 0)
        {
            throw Failed("rename", to);
        }
    }

    /// <summary>Swaps two names in one step, whatever each is (a folder and a link): Linux's renameat2 with RENAME_EXCHANGE.</summary>
    /// <returns>False where the kernel or the file system cannot (the caller falls back to two renames).</returns>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        if (RenameAt2(CurrentFolder, a, CurrentFolder, b, RenameExchange) == 0)
        {
            return true;
        }
        return Marshal.GetLastPInvokeError() is NotSupported or InvalidArgument or NoSuchCall ? false : throw Failed("renameat2", b);
    }

    /// <summary>A second name for a file (link(2)), or false where it cannot have one (another file system).</summary>
    public static bool TryHardLink(string existing, string name)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }
        if (LinkNative(existing, name) == 0)
        {
            return true;
        }
        return Marshal.GetLastPInvokeError() is CrossDevice or NotPermitted or TooManyLinks or NotSupported ? false : throw Failed("link", name);
    }

    /// <summary>What the kernel said, as .NET says it (HResult is the errno, as for .NET's own IOExceptions on Unix).</summary>
    private static IOException Failed(string call, string path)
    {
        var errno = Marshal.GetLastPInvokeError();
        return new IOException($"{call}({path}) failed: {Marshal.GetPInvokeErrorMessage(errno)}", errno);
    }

    [LibraryImport("libc", EntryPoint = "realpath", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint RealPathNative(string path, nint resolved);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, out StatxBuffer status);

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameNative(string from, string to);

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int fromFolder, string from, int toFolder, string to, uint flags);

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LinkNative(string existing, string name);

    /// <summary>struct statx: the same layout on every Linux architecture, unlike struct stat.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }
}
