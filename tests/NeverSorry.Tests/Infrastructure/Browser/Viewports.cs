using Microsoft.Playwright;

namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>The widths the site is proven at: a small phone and a desktop window.</summary>
public static class Viewports
{
    public const int Phone = 375;
    public const int Desktop = 1280;

    public static ViewportSize Of(int width) => new() { Width = width, Height = width == Phone ? 812 : 800 };
}
