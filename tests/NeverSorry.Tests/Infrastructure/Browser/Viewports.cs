using Microsoft.Playwright;

namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>The widths the site is proven at: a small phone and a desktop window.</summary>
public static class Viewports
{
    public const int Phone = 375;
    public const int Desktop = 1280;

    public static ViewportSize Of(int width) => new() { Width = width, Height = width == Phone ? 812 : 800 };

    /// <summary>Every page a visitor can land on (the "page not found" page included) at both widths.</summary>
    public static TheoryData<string, int> PagesAtBothWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var url in (string[])[.. Pages.All, Pages.NotFound])
        {
            data.Add(url, Phone);
            data.Add(url, Desktop);
        }
        return data;
    }
}
