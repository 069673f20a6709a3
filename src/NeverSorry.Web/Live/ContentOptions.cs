using Microsoft.Extensions.Options;

namespace NeverSorry.Web.Live;

/// <summary>Configuration section <c>Content</c>.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>
    /// The content folder; a relative path is resolved against the app's content root. Required: a published copy
    /// ships it unset (<see cref="ContentPathSetting"/>), and the site does not start until it is set.
    /// </summary>
    public string Path { get; set; } = "";
}

/// <summary>Refuses to start the site without <c>Content:Path</c>, saying where to set it (<see cref="ContentPathSetting.NotSet"/>).</summary>
internal sealed class ContentOptionsValidation(IHostEnvironment environment) : IValidateOptions<ContentOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentOptions options) =>
        string.IsNullOrWhiteSpace(options.Path) ? ValidateOptionsResult.Fail(ContentPathSetting.NotSet(environment)) : ValidateOptionsResult.Success;
}
