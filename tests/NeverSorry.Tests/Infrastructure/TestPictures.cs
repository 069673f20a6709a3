using NetVips;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// Pictures made in code for the tests: no photograph is ever committed. A smooth colour field with a few
/// shapes, so encoders have something to work on and a crop has a centre of interest.
/// </summary>
public static class TestPictures
{
    public static byte[] Jpeg(int width, int height) => Draw(width, height).JpegsaveBuffer(q: 90);

    public static byte[] Png(int width, int height) => Draw(width, height).PngsaveBuffer(compression: 1);

    public static byte[] Gif(int width, int height) => Draw(width, height).GifsaveBuffer();

    /// <summary>A small JPEG whose header claims <paramref name="claimed"/> × <paramref name="claimed"/> pixels: a decompression bomb.</summary>
    public static byte[] JpegClaiming(int claimed)
    {
        var bytes = Jpeg(64, 64);
        for (var i = 2; i < bytes.Length - 9; i++)
        {
            // The frame header (SOF0): FF C0, length, precision, then height and width, big-endian.
            if (bytes[i] == 0xFF && bytes[i + 1] == 0xC0)
            {
                bytes[i + 5] = bytes[i + 7] = (byte)(claimed >> 8);
                bytes[i + 6] = bytes[i + 8] = (byte)claimed;
                return bytes;
            }
        }
        throw new InvalidOperationException("libvips wrote a JPEG without a baseline frame header.");
    }

    /// <summary>A JPEG cut off part-way through its pixels, as an interrupted copy leaves it.</summary>
    public static byte[] TruncatedJpeg(int width, int height)
    {
        var bytes = Jpeg(width, height);
        return bytes[..(bytes.Length / 2)];
    }

    private static Image Draw(int width, int height)
    {
        var xy = Image.Xyz(width, height);
        var red = xy[0].Linear([255.0 / width], [0]);
        var green = xy[1].Linear([255.0 / height], [0]);
        var blue = (xy[0] + xy[1]).Linear([128.0 / (width + height)], [64]);
        var field = red.Bandjoin(green, blue).Cast(Enums.BandFormat.Uchar);
        return field.Mutate(m => m.DrawCircle([250, 240, 230], width / 2, height / 2, Math.Min(width, height) / 5, fill: true));
    }
}
