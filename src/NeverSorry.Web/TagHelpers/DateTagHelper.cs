using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace NeverSorry.Web.TagHelpers;

/// <summary>
/// Writes <c>&lt;date value="…" /&gt;</c> as <c>&lt;time datetime="2012-07-27"&gt;July 27, 2012&lt;/time&gt;</c>,
/// so every date on the site is both readable and machine-readable, in one format.
/// </summary>
[HtmlTargetElement("date", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateTagHelper : TagHelper
{
    public DateOnly Value { get; set; }

    /// <summary>Abbreviate the month ("Jul 27, 2012") where space is short, as in tables.</summary>
    public bool Abbreviated { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        output.Content.SetContent(Value.ToString(Abbreviated ? "MMM d, yyyy" : "MMMM d, yyyy", CultureInfo.InvariantCulture));
    }
}
