using System.ComponentModel.DataAnnotations;

namespace NeverSorry.Web.Live;

/// <summary>Configuration section <c>Content</c>.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The content folder; a relative path is resolved against the app's content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "";
}
