namespace NeverSorry.Web.PressNotes;

/// <summary>
/// The site's JPEGs are written with all metadata left out, JFIF's header too; PDFsharp refuses a JPEG without
/// it ("Unsupported image format"). The 18-byte header is put back after the start marker: the compressed
/// pixels are not touched, and PDFsharp passes them into the PDF as they are.
/// </summary>
internal static class JfifJpeg
{
    /// <summary>APP0 "JFIF", version 1.1, no units, 1:1 pixel aspect, no thumbnail.</summary>
    private static readonly byte[] s_header = [0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];

    public static byte[] Of(byte[] jpeg) =>
        jpeg is [0xFF, 0xD8, 0xFF, var marker, ..] && marker is not (0xE0 or 0xE1) ? [0xFF, 0xD8, .. s_header, .. jpeg.AsSpan(2)] : jpeg;
}
