namespace NeverSorry.Web.Images.Metadata;

/// <summary>The CRC-32 a PNG chunk ends with (ISO 3309, as in the PNG specification's annex D); .NET's is in a package the site does not need otherwise.</summary>
internal static class PngCrc
{
    private static readonly uint[] s_table = [.. Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        return c;
    })];

    /// <summary>The CRC of the chunk's type and data, one after the other.</summary>
    public static uint Of(ReadOnlySpan<byte> type, ReadOnlySpan<byte> data) => ~Update(Update(0xFFFFFFFFu, type), data);

    private static uint Update(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = s_table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc;
    }
}
