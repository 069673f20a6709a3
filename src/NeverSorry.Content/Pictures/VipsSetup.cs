namespace NeverSorry.Content.Pictures;

/// <summary>libvips' process-wide settings, applied once before the first picture is touched.</summary>
public static class VipsSetup
{
    private static readonly Lazy<bool> s_configured = new(() =>
    {
        // libvips caches operations by default (up to 100 MB): every picture here is read once per
        // version, so the cache would only hold memory.
        NetVips.Cache.Max = 0;
        NetVips.Cache.MaxMem = 0;
        NetVips.Cache.MaxFiles = 0;
        return true;
    });

    public static void Configure() => _ = s_configured.Value;
}
