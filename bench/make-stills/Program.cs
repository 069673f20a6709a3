using System.Globalization;
using NetVips;

// make-stills <folder> <count> <width> <height>: JPEGs like a camera's (smooth light, fine grain, shapes),
// each different, so encoders work as hard as on photographs.
var (folder, count, width, height) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture),
    int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
Directory.CreateDirectory(folder);
for (var i = 1; i <= count; i++)
{
    var xy = Image.Xyz(width, height);
    var light = xy[0].Linear([200.0 / width], [20 + i * 3]).Bandjoin(
        xy[1].Linear([180.0 / height], [30]), (xy[0] + xy[1]).Linear([120.0 / (width + height)], [60 + i]));
    var grain = Image.Gaussnoise(width, height, sigma: 12, seed: i);
    var picture = (light + grain).Mutate(m =>
    {
        for (var s = 0; s < 12; s++)
        {
            m.DrawCircle([(s * 37 + i * 11) % 255, (s * 53) % 255, (s * 71 + i) % 255],
                (s * 997 + i * 131) % width, (s * 613 + i * 71) % height, height / (6 + s), fill: true);
        }
    }).Cast(Enums.BandFormat.Uchar);
    picture.Jpegsave(Path.Combine(folder, $"still-{i}.jpg"), q: 92);
}
Console.WriteLine($"{count} stills of {width} x {height} in {folder}");
