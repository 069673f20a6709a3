using Microsoft.AspNetCore.Mvc;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// A test-only page that fails, so a test can see what a visitor sees when the site breaks. Only sites
/// that add this assembly as an application part have it.
/// </summary>
public sealed class ThrowingController : Controller
{
    public const string Path = "/test/throw";
    public const string Secret = "secret detail the visitor must not see";

    [HttpGet(Path)]
    public IActionResult Index() => throw new InvalidOperationException($"{Secret} at {Request.Path}");
}
