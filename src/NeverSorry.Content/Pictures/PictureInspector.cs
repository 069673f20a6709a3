using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using NetVips;
using NeverSorry.Content.Files;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;

namespace NeverSorry.Content.Pictures;

/// <summary>
/// Checks the pictures film.json names: a regular file under content/images/, not too big to read, a
/// supported format, sane dimensions read from the header before any pixel is decoded (so a
/// decompression bomb is refused unread), wide enough, decodable, and described by alt text.
/// Each file is inspected once per version (path, size, time): a reload for another edit costs nothing.
/// </summary>
/// <param name="verified">Which pictures decoded to the end before; none for validate.</param>
public sealed partial class PictureInspector(IVerifiedPictures? verified = null)
{
    private readonly ConcurrentDictionary<(string Path, long Length, long Ticks), Inspection> _seen = new();

    public IReadOnlyList<SourcePicture> Inspect(JsonFile<Film> film, ContentFolder folder, ICollection<ContentProblem> problems)
    {
        var pictures = new List<SourcePicture>();
        var f = film.Value;
        if (f.Poster is { } poster)
        {
            Add(film, folder, "$.poster", poster.File, poster.Alt, SourcePicture.PosterLabel, null, poster.Credit, poster.Usage, poster.Copyright, poster.Focus, problems, pictures);
        }
        if (f.Still is { File: not null } still)
        {
            Add(film, folder, "$.still", still.File, still.Alt, SourcePicture.StillLabel, still.Caption, still.Credit, still.Usage, still.Copyright, still.Focus, problems, pictures);
        }
        for (var i = 0; i < f.Stills.Count; i++)
        {
            var s = f.Stills[i];
            if (s.File is null)
            {
                problems.Add(film.Problem($"$.stills[{i}]", "this still has no \"file\"; add its picture, e.g. \"file\": \"images/still-2.jpg\" (only the lead \"still\" may be words alone)."));
                continue;
            }
            Add(film, folder, $"$.stills[{i}]", s.File, s.Alt, SourcePicture.StillLabel, s.Caption, s.Credit, s.Usage, s.Copyright, s.Focus, problems, pictures);
        }
        return pictures;
    }

    private void Add(
        JsonFile<Film> film, ContentFolder folder, string path, string file, string? alt, string label,
        string? caption, string? credit, string? usage, string? copyright, Focus? focus, ICollection<ContentProblem> problems, List<SourcePicture> pictures)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(alt))
        {
            problems.Add(film.Problem($"{path}.alt", "this picture has no alt text; add \"alt\": a sentence saying what it shows, for visitors who cannot see it."));
        }
        var inspection = InspectFile(folder, file);
        if (inspection.Problem is not null)
        {
            problems.Add(film.Problem($"{path}.file", inspection.Problem));
        }
        if (problems.Count == before)
        {
            var slug = Slug.Of(Path.GetFileNameWithoutExtension(file), whenEmpty: "picture");
            pictures.Add(new SourcePicture(slug, label, file, inspection.FullPath, inspection.Format, inspection.Width, inspection.Height,
                inspection.Length, inspection.Sha256, alt!.Trim(), caption, credit, string.IsNullOrWhiteSpace(usage) ? null : usage.Trim())
            {
                Copyright = string.IsNullOrWhiteSpace(copyright) ? null : copyright.Trim(),
                Focus = focus ?? Focus.Middle,
            });
        }
    }

    /// <summary>
    /// The files in the pictures folder that film.json does not name: no page shows them, yet a publish copies
    /// them. A warning, not a problem: staff may be adding a picture in two steps.
    /// </summary>
    public static IReadOnlyList<string> Unnamed(Film film, ContentFolder folder)
    {
        var images = folder.PathOf(PictureLimits.Folder);
        if (!Directory.Exists(images))
        {
            return [];
        }
        string?[] named = [film.Poster?.File, film.Still?.File, .. film.Stills.Select(s => s.File)];
        return [.. Directory.EnumerateFiles(images)
            .Select(path => $"{PictureLimits.Folder}/{Path.GetFileName(path)}")
            .Where(file => !Path.GetFileName(file).StartsWith('.') && !named.Contains(file))
            .Order(StringComparer.Ordinal)];
    }

    private Inspection InspectFile(ContentFolder folder, string file)
    {
        if (!SafeName().IsMatch(file) && file.StartsWith(PictureLimits.Folder + "/", StringComparison.Ordinal) && !file[(PictureLimits.Folder.Length + 1)..].Contains('/'))
        {
            // In the right folder, but named with spaces or accents, as a camera or a phone names files.
            var name = Path.GetFileNameWithoutExtension(file);
            var renamed = $"{PictureLimits.Folder}/{Slug.Of(name, whenEmpty: "still")}{Path.GetExtension(file).ToLowerInvariant()}";
            return Inspection.Refused($"'{file}' has a name the site does not take: picture names are letters, digits, '-', '_' and '.' only, with no spaces. Rename the file, e.g. to {renamed}, and write that name here.");
        }
        if (!SafeName().IsMatch(file))
        {
            return Inspection.Refused($"'{file}' is not a picture in the {PictureLimits.Folder} folder; put the file in content/{PictureLimits.Folder}/ and write its name as \"{PictureLimits.Folder}/name.jpg\" (letters, digits, '-', '_' and '.').");
        }
        var fullPath = folder.PathOf(file);
        var info = new FileInfo(fullPath);
        var directory = info.Directory!;
        if (directory.LinkTarget is not null || (info.Exists && info.LinkTarget is not null))
        {
            return Inspection.Refused($"'{file}' is a link to another place; copy the picture itself into content/{PictureLimits.Folder}/.");
        }
        if (!info.Exists)
        {
            return Inspection.Refused($"there is no file '{file}' in the content folder; add the picture to content/{PictureLimits.Folder}/ or correct the name (it is case-sensitive).");
        }
        var key = (fullPath, info.Length, info.LastWriteTimeUtc.Ticks);
        if (_seen.TryGetValue(key, out var known))
        {
            return known;
        }
        var inspection = Inspect(file, fullPath, info.Length);
        _seen[key] = inspection;
        return inspection;
    }

    private Inspection Inspect(string file, string fullPath, long length)
    {
        if (length == 0)
        {
            return Inspection.Refused($"'{file}' is empty; copy the picture again.");
        }
        if (length > PictureLimits.MaxFileBytes)
        {
            return Inspection.Refused($"'{file}' is {Megabytes(length)}, over the {PictureLimits.MaxFileBytes / 1048576} MB a picture may have; save it as a JPEG of good quality (a few MB).");
        }
        var bytes = PictureFile.ReadAll(fullPath);
        if (bytes is null)
        {
            return Inspection.Refused($"'{file}' cannot be read, or changed while it was read; check that it is a plain file and try again.");
        }
        if (ImageFormats.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, ImageFormats.HeaderLength)), out var other) is not { } format)
        {
            return Inspection.Refused(other is null
                ? $"'{file}' is not a picture (its contents are not a JPEG, PNG or WebP image); export it again as JPEG."
                : $"'{file}' is {other}, which the site does not take; save it as JPEG (or PNG or WebP).");
        }
        if (!ImageFormats.HasExtensionOf(file, format))
        {
            var ending = Path.GetExtension(file) is { Length: > 0 } extension ? $"ends in {extension}" : "has no ending such as .jpg";
            return Inspection.Refused($"'{file}' is a {ImageFormats.Name(format)} picture, but its name {ending}; rename it to {Path.ChangeExtension(file, ImageFormats.Extension(format))} and write that name in film.json.");
        }
        VipsSetup.Configure();
        try
        {
            // The header alone: libvips decodes no pixel until one is asked for.
            using var header = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
            var (width, height) = (header.Width, header.Height);
            if ((long)width * height > PictureLimits.MaxPixels || width > PictureLimits.MaxSide || height > PictureLimits.MaxSide)
            {
                return Inspection.Refused($"'{file}' claims to be {width} × {height} pixels, more than the site reads ({PictureLimits.MaxPixels / 1_000_000} megapixels, {PictureLimits.MaxSide} px a side); save a smaller copy.");
            }
            if (width < PictureLimits.MinWidth)
            {
                return Inspection.Refused($"'{file}' is {width} pixels wide; a picture must be at least {PictureLimits.MinWidth} wide to look sharp. Use a larger copy.");
            }
            if (HeldWhole.Of(header, format, bytes) is { Bytes: > PictureLimits.MaxHeldBytes } held)
            {
                return Inspection.Refused($"'{file}' is {held.Kind} of {width} × {height} pixels, which the site can only read by holding all of it in memory ({Megabytes(held.Bytes)}, over the {PictureLimits.MaxHeldBytes / 1048576} MB a picture may take); {held.Advice}.");
            }
            var sha256 = ContentHash.Of(bytes);
            if (verified?.IsVerified(sha256) != true)
            {
                // Every pixel once (JPEG and WebP at an eighth of their size, which their decoders do while decoding),
                // streamed: a truncated or damaged file fails here rather than on a visitor's screen.
                var shrunk = format switch { ImageFormat.Jpeg => "shrink=8", ImageFormat.WebP => "scale=0.125", _ => "" };
                using var check = Image.NewFromBuffer(bytes, shrunk, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
                check.Avg();
                verified?.MarkVerified(sha256);
            }
            return new Inspection(null, fullPath, format, width, height, bytes.LongLength, sha256);
        }
        catch (VipsException)
        {
            return Inspection.Refused($"'{file}' is damaged or incomplete: it starts like a {ImageFormats.Name(format)} picture but cannot be decoded. Copy or export it again.");
        }
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB");

    [GeneratedRegex($"^{PictureLimits.Folder}/[A-Za-z0-9_][A-Za-z0-9._-]{{0,120}}$")]
    private static partial Regex SafeName();

    private sealed record Inspection(string? Problem, string FullPath, ImageFormat Format, int Width, int Height, long Length, string Sha256)
    {
        public static Inspection Refused(string problem) => new(problem, "", default, 0, 0, 0, "");
    }
}
