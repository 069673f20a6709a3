using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Integration.Publishing;

/// <summary>
/// A working copy served as a preview (<c>preview &lt;folder&gt;</c>): every page says it is not public, and
/// search engines are told to keep out of every answer.
/// </summary>
public sealed class Preview(Preview.PreviewSite site) : IClassFixture<Preview.PreviewSite>
{
    /// <summary>The site started with the arguments <c>preview &lt;folder&gt;</c> turns into.</summary>
    public sealed class PreviewSite() : SiteFactory(
        environment: "Production",
        settings: SiteCommands.ServerArguments(["preview", RepositoryPaths.Content])
            .Select(argument => argument.TrimStart('-').Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]));

    [Theory]
    [MemberData(nameof(Pages.UrlsAndNotFound), MemberType = typeof(Pages))]
    public async Task EveryPageSaysItIsAPreviewAndIsNotToBeIndexed(string url)
    {
        using var response = await site.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

        var banner = (await response.ReadDocumentAsync()).QuerySelector("header .preview-banner");
        Assert.NotNull(banner);
        Assert.StartsWith("Preview — not public.", banner.ReadableText(), StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", Assert.Single(response.Headers.GetValues("X-Robots-Tag")));
    }

    [Fact]
    public async Task ABrokenWorkingCopyListsItsProblemsOnEveryPageAndFollowsTheFix()
    {
        using var copy = TempContentFolder.CopyOfReal();
        await using var preview = new SiteFactory(copy.Path, environment: "Production", settings: new Dictionary<string, string> { ["Site:Preview"] = "true" });
        var client = preview.CreateClient();
        Assert.Empty((await client.GetDocumentAsync(Pages.Press)).QuerySelectorAll(".preview-banner__problems li"));

        copy.With(ContentFiles.Festivals, """{ "festivals": [ { "name": "Sundance Film Festival", "year": 1812 } ] }""");

        foreach (var url in new[] { Pages.Home, Pages.Press })
        {
            var problems = await Eventually.AnswerAsync(
                async () => (await client.GetDocumentAsync(url)).QuerySelectorAll(".preview-banner__problems li").Select(li => li.ReadableText()).ToList(),
                items => items.Count > 0);
            var problem = Assert.Single(problems);
            Assert.StartsWith($"{copy.DisplayNameOf(ContentFiles.Festivals)}:1:", problem, StringComparison.Ordinal);
            Assert.Contains("1812", problem, StringComparison.Ordinal);
        }

        copy.With(ContentFiles.Festivals, """{ "festivals": [ { "name": "Sundance Film Festival", "year": 2012 } ] }""");

        var fixedProblems = await Eventually.AnswerAsync(
            async () => (await client.GetDocumentAsync(Pages.Home)).QuerySelectorAll(".preview-banner__problems li").Length,
            count => count == 0);
        Assert.Equal(0, fixedProblems);
    }

    [Fact]
    public async Task RobotsTxtKeepsEveryRobotOut()
    {
        using var response = await site.CreateClient().GetAsync("/robots.txt", TestContext.Current.CancellationToken);

        var robots = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal("User-agent: *\nDisallow: /\n", robots);
        Assert.Equal("noindex, nofollow", Assert.Single(response.Headers.GetValues("X-Robots-Tag")));
    }

    [Fact]
    public async Task TheLiveSiteHasNoBannerAndNoRobotsHeader()
    {
        using var live = new SiteFactory(environment: "Production");
        using var response = await live.CreateClient().GetAsync(Pages.Home, TestContext.Current.CancellationToken);

        Assert.Null((await response.ReadDocumentAsync()).QuerySelector(".preview-banner"));
        Assert.False(response.Headers.Contains("X-Robots-Tag"));
    }
}
