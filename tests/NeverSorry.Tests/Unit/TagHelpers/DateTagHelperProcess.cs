using Microsoft.AspNetCore.Razor.TagHelpers;
using NeverSorry.Web.TagHelpers;

namespace NeverSorry.Tests.Unit.TagHelpers;

public class DateTagHelperProcess
{
    [Theory]
    [InlineData(false, "July 27, 2012")]
    [InlineData(true, "Jul 27, 2012")]
    public void WritesATimeElementWithTheIsoDate(bool abbreviated, string text)
    {
        var output = new TagHelperOutput("date", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));

        new DateTagHelper { Value = new DateOnly(2012, 7, 27), Abbreviated = abbreviated }
            .Process(new TagHelperContext([], new Dictionary<object, object>(), "id"), output);

        Assert.Equal("time", output.TagName);
        Assert.Equal(TagMode.StartTagAndEndTag, output.TagMode);
        Assert.Equal("2012-07-27", output.Attributes["datetime"].Value);
        Assert.Equal(text, output.Content.GetContent());
    }
}
