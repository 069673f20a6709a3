using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Laurels;

namespace NeverSorry.Tests.Integration.Controllers;

/// <summary>
/// The _Laurels partial the first screen includes: a list of laurels drawn in the text's colour, each named for
/// screen readers, prizes first; given the lead few it shows those; given none it writes nothing.
/// </summary>
public sealed class LaurelsPartial : IAsyncDisposable
{
    private readonly SiteFactory _site = new(configureServices: services => services.AddControllersWithViews().AddApplicationPart(typeof(LaurelsPartialController).Assembly));

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task DrawsEveryLaurelGivenInTheTextsColourPrizesFirst()
    {
        var document = await _site.CreateClient().GetDocumentAsync(LaurelsPartialController.All);

        var list = Assert.Single(document.QuerySelectorAll("ul.laurels"));
        var svgs = list.QuerySelectorAll(":scope > li > svg[role=img]").ToList();
        Assert.Equal(
            ["Special Jury Prize, Hot Docs Film Festival 2012", "Official Selection, Sundance Film Festival 2012", "Official Selection, True/False Film Festival 2012", "Official Selection, Doxa Documentary Film Festival 2012"],
            svgs.Select(s => s.GetAttribute("aria-label")));
        Assert.All(svgs, svg =>
        {
            Assert.All(svg.QuerySelectorAll("[fill]"), e => Assert.True(e.GetAttribute("fill") is "currentColor" or "none", e.OuterHtml[..40]));
            Assert.All(svg.QuerySelectorAll("[stroke]"), e => Assert.Equal("currentColor", e.GetAttribute("stroke")));
            Assert.Equal(2, svg.QuerySelectorAll("[fill=currentColor]").Length);
            Assert.Empty(svg.QuerySelectorAll("[id]"));
            Assert.Null(svg.GetAttribute("font-family"));
        });
    }

    [Fact]
    public async Task ShowsTheLeadFewWhenGivenThem()
    {
        var document = await _site.CreateClient().GetDocumentAsync(LaurelsPartialController.Lead);

        Assert.Equal(LaurelOrder.LeadCount, document.QuerySelectorAll("ul.laurels > li").Length);
        Assert.StartsWith("Special Jury Prize", document.QuerySelector("ul.laurels svg")!.GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritesNothingForNoFestival()
    {
        var document = await _site.CreateClient().GetDocumentAsync(LaurelsPartialController.None);

        Assert.Empty(document.QuerySelectorAll("ul"));
    }
}

/// <summary>A test-only page holding nothing but the partial.</summary>
public sealed class LaurelsPartialController : Controller
{
    public const string All = "/test/laurels", Lead = "/test/laurels/lead", None = "/test/laurels/none";

    private static readonly Festival[] s_festivals =
    [
        new() { Name = "Sundance Film Festival", Year = 2012 },
        new() { Name = "True/False Film Festival", Year = 2012 },
        new() { Name = "Hot Docs Film Festival", Year = 2012, Award = "Special Jury Prize" },
        new() { Name = "Doxa Documentary Film Festival", Year = 2012 },
    ];

    [HttpGet(All)]
    public IActionResult ShowAll() => PartialView("_Laurels", (IReadOnlyList<Festival>)s_festivals);

    [HttpGet(Lead)]
    public IActionResult ShowLead() => PartialView("_Laurels", LaurelOrder.Lead(s_festivals));

    [HttpGet(None)]
    public IActionResult ShowNone() => PartialView("_Laurels", (IReadOnlyList<Festival>)[]);
}
