using System.Runtime.InteropServices;
using NetVips;

namespace NeverSorry.Content.Pictures;

/// <summary>libvips' process-wide settings, applied once before the first picture is touched, and its memory given back.</summary>
public static partial class VipsSetup
{
    private const int ArenaMax = -8;

    private static Action<string>? s_warnings;

    private static readonly Lazy<bool> s_configured = new(() =>
    {
        // libvips caches operations by default (up to 100 MB): every picture here is read once per
        // version, so the cache would only hold memory.
        NetVips.Cache.Max = 0;
        NetVips.Cache.MaxMem = 0;
        NetVips.Cache.MaxFiles = 0;
        // glibc gives each thread that allocates its own arena (up to 8 a core), each keeping what it freed:
        // libvips' workers then hold hundreds of MB after a picture is done. Two arenas are plenty here.
        if (OnGlibc)
        {
            _ = MallOpt(ArenaMax, 2);
        }
        // libvips prints its warnings ("VIPS-WARNING **: ...") on standard error, where staff would read them
        // beside the plain messages: they go to the site's log instead, or nowhere in a command.
        Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning | Enums.LogLevelFlags.Critical | Enums.LogLevelFlags.Message,
            (_, _, message) => Volatile.Read(ref s_warnings)?.Invoke(message));
        return true;
    });

    public static void Configure() => _ = s_configured.Value;

    /// <summary>Where libvips' warnings go from now on (the site's log); unset, they are dropped.</summary>
    public static void SendWarningsTo(Action<string> write)
    {
        Volatile.Write(ref s_warnings, write);
        Configure();
    }

    /// <summary>
    /// Returns to the system the memory freed after a batch of pictures: the managed heap compacted (the large
    /// object heap too, where source files lie), and what glibc keeps in its arenas after libvips freed it.
    /// </summary>
    public static void GiveMemoryBack()
    {
        // NetVips images nobody disposed free their pixels in finalizers: those run first, then what they freed goes.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (OnGlibc)
        {
            _ = MallocTrim(0);
        }
    }

    /// <summary>malloc_trim and mallopt are glibc's; Alpine's musl has neither.</summary>
    private static bool OnGlibc { get; } = OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var libc) && NativeLibrary.TryGetExport(libc, "malloc_trim", out _);

    [LibraryImport("libc.so.6", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);

    [LibraryImport("libc.so.6", EntryPoint = "mallopt")]
    private static partial int MallOpt(int parameter, int value);
}
