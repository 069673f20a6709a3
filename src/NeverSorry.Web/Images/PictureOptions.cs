using System.ComponentModel.DataAnnotations;

namespace NeverSorry.Web.Images;

/// <summary>Configuration section <c>Pictures</c>.</summary>
public sealed class PictureOptions
{
    public const string Section = "Pictures";

    /// <summary>
    /// Where the files made from the pictures (sizes, formats, share cards, the ZIP) are kept, named by the
    /// hash of what they are made from, so a restart or a reload finds them made. Outside content/ on
    /// purpose; a relative path is resolved against the app's content root. Default: a folder in the system's temp.
    /// </summary>
    public string CachePath { get; set; } = Path.Combine(Path.GetTempPath(), "never-sorry-pictures");

    /// <summary>How many pictures are processed at once, in the background. Each holds one source file and a few decoded sizes.</summary>
    [Range(1, 16)]
    public int Concurrency { get; set; } = 1;

    /// <summary>The AVIF encoder is slow: past this many seconds on one picture, its AVIF is given up and WebP/JPEG serve alone.</summary>
    [Range(1, 3600)]
    public int AvifBudgetSeconds { get; set; } = 30;
}
