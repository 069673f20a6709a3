using System.Globalization;
using NeverSorry.Content.Model;
using NeverSorry.Content.Pictures;

namespace NeverSorry.Web.Images;

/// <summary>
/// The names press save the pictures under (in the ZIP and from the press page), chosen by the site, never taken
/// from the staff's file names: the film, the picture's role and its place in film.json, with the extension of
/// the format its bytes are, e.g. <c>ai-weiwei-never-sorry-poster.jpg</c>, <c>ai-weiwei-never-sorry-still-02.png</c>.
/// Unique however the files were named or reused: a file named twice in film.json is saved under both roles.
/// </summary>
internal static class PressFileNames
{
    /// <summary>One name per picture, in the order given (film.json's: the poster, the lead still, the other stills).</summary>
    public static IReadOnlyList<string> Of(Film film, IReadOnlyList<SourcePicture> sources)
    {
        var prefix = Slug.Of(film.Title, whenEmpty: "film");
        var stills = sources.Count(s => !s.IsPoster);
        var digits = Math.Max(2, stills.ToString(CultureInfo.InvariantCulture).Length);
        var number = 0;
        return [.. sources.Select(s =>
        {
            var role = s.IsPoster ? "poster" : "still-" + (++number).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
            return $"{prefix}-{role}.{ImageFormats.Extension(s.Format)}";
        })];
    }
}
