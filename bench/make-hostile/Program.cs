using System.Globalization;
using NetVips;

// make-hostile <folder> <kind> [count]: pictures within every limit the validator had (100 MP, 20000 px a
// side, 64 MB) that cost memory out of proportion to their size. Each of COUNT copies differs by a shape,
// so each has its own hash. Kinds:
//   png16-interlaced  10000 x 10000, 16 bits a channel, Adam7, mostly flat (under 1 MB)
//   webp-lossless     10000 x 10000 lossless WebP, flat (a few KB)
//   png8              10000 x 10000, 8 bits, not interlaced, flat
//   jpeg-progressive  10000 x 10000 progressive JPEG (the pixel limit)
//   jpeg-baseline     6000 x 4000 baseline JPEG, as a 24 MP camera gives
//   webp-lossy        10000 x 10000 lossy WebP (the pixel limit)
// and the largest of each kind that must be decoded whole that the validator takes (128 MB held):
//   png16-interlaced-cap 4600 x 4600, webp-lossless-cap 5700 x 5700, jpeg-progressive-cap 4600 x 4600 (4:4:4)
var (folder, kind) = (args[0], args[1]);
var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
Directory.CreateDirectory(folder);
for (var i = 1; i <= count; i++)
{
    var name = Path.Combine(folder, count == 1 ? kind : $"{kind}-{i}");
    switch (kind)
    {
        case "png16-interlaced":
            Flat(10000, 10000, i).Cast(Enums.BandFormat.Ushort).Linear([257.0], [0.0]).Cast(Enums.BandFormat.Ushort)
                .Pngsave(name + ".png", interlace: true, bitdepth: 16, compression: 9);
            break;
        case "webp-lossless":
            Flat(10000, 10000, i).Webpsave(name + ".webp", lossless: true);
            break;
        case "png8":
            Flat(10000, 10000, i).Pngsave(name + ".png", compression: 9);
            break;
        case "jpeg-progressive":
            Photo(10000, 10000, i).Jpegsave(name + ".jpg", q: 90, interlace: true);
            break;
        case "jpeg-baseline":
            Photo(6000, 4000, i).Jpegsave(name + ".jpg", q: 92);
            break;
        case "webp-lossy":
            Photo(10000, 10000, i).Webpsave(name + ".webp", q: 80);
            break;
        case "png16-interlaced-cap":
            Smooth(4600, 4600, i).Cast(Enums.BandFormat.Ushort).Linear([257.0], [0.0]).Cast(Enums.BandFormat.Ushort)
                .Pngsave(name + ".png", interlace: true, bitdepth: 16, compression: 9);
            break;
        case "webp-lossless-cap":
            Smooth(5700, 5700, i).Webpsave(name + ".webp", lossless: true);
            break;
        case "jpeg-progressive-cap":
            Photo(4600, 4600, i).Jpegsave(name + ".jpg", q: 90, interlace: true);
            break;
        default:
            Console.Error.WriteLine($"no kind '{kind}'");
            return 2;
    }
}
Console.WriteLine($"{count} {kind} in {folder}");
return 0;

// One colour with a disc: compresses to almost nothing, decodes to every pixel.
static Image Flat(int width, int height, int seed) =>
    (Image.Black(width, height, bands: 3) + new double[] { 90, 80 + seed, 70 }).Cast(Enums.BandFormat.Uchar)
        .Mutate(m => m.DrawCircle([200, 190, 180], width / 2, height / 2, width / (4 + seed), fill: true));

// Smooth light without grain: lossless encoders keep it small, decoders still produce every pixel.
static Image Smooth(int width, int height, int seed)
{
    var xy = Image.Xyz(width, height);
    return xy[0].Linear([200.0 / width], [20.0 + seed]).Bandjoin(
        xy[1].Linear([180.0 / height], [30.0]), (xy[0] + xy[1]).Linear([120.0 / (width + height)], [60.0 + seed])).Cast(Enums.BandFormat.Uchar);
}

// Smooth light with grain and shapes, as a photograph: every byte of it costs something to encode.
static Image Photo(int width, int height, int seed)
{
    var xy = Image.Xyz(width, height);
    var light = xy[0].Linear([200.0 / width], [20.0 + seed]).Bandjoin(
        xy[1].Linear([180.0 / height], [30.0]), (xy[0] + xy[1]).Linear([120.0 / (width + height)], [60.0 + seed]));
    var grain = Image.Gaussnoise(width, height, sigma: 12, seed: seed);
    return (light + grain).Mutate(m => m.DrawCircle([200, 100, 50], width / 3, height / 2, height / (5 + seed), fill: true))
        .Cast(Enums.BandFormat.Uchar);
}
