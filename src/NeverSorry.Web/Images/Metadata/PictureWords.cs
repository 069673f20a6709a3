using NeverSorry.Content.Pictures;

namespace NeverSorry.Web.Images.Metadata;

/// <summary>
/// The words a downloaded picture carries inside its file (IPTC and XMP), so a picture editor who drags it into
/// a layout keeps them: only what staff wrote (a field left empty is not written), as the pages show it.
/// </summary>
/// <param name="Title">The film's title: the picture's headline.</param>
/// <param name="Usage">The terms press may use it on, e.g. "Editorial use only".</param>
/// <param name="Alt">What it shows, for readers who cannot see it.</param>
public sealed record PictureWords(string? Title, string? Caption, string? Credit, string? Copyright, string? Usage, string? Alt)
{
    /// <summary>Part of each original's cached name: bump when what is written, or where, changes, so the originals are made again.</summary>
    public const string Layout = "iptc-xmp-1";

    public static PictureWords Of(string filmTitle, SourcePicture source) =>
        new(Utf8Text.Clean(filmTitle), Utf8Text.Clean(source.Caption), Utf8Text.Clean(source.Credit),
            Utf8Text.Clean(source.Copyright), Utf8Text.Clean(source.Usage), Utf8Text.Clean(source.Alt));

    public bool IsEmpty => new[] { Title, Caption, Credit, Copyright, Usage, Alt }.All(w => w is null);

    /// <summary>What a file written with these words depends on, for its name's hash.</summary>
    public IEnumerable<string> Hashed => [Layout, $"title {Title}", $"caption {Caption}", $"credit {Credit}", $"copyright {Copyright}", $"usage {Usage}", $"alt {Alt}"];
}
