using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace NeverSorry.Tests.Integration.Content;

/// <summary>Staff edit the content files while the site runs; the site follows without a restart.</summary>
public class ContentReload
{
    [Fact]
    public async Task ServesAnEditWithoutARestart()
    {
        using var content = TempContentFolder.CopyOfReal();
        await using var site = new SiteFactory(content.Path);
        var client = site.CreateClient();
        await client.GetDocumentAsync(Pages.Home);

        content.With(ContentFiles.Film, ContentText.Film(title: "Never Sorry (edited)"));

        Assert.StartsWith("Never Sorry (edited)", await Eventually.HomeHeadingAsync(client, "Never Sorry (edited)"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServesAFileSavedUnderATemporaryNameAndRenamedOverTheOriginal()
    {
        using var content = TempContentFolder.CopyOfReal();
        await using var site = new SiteFactory(content.Path);
        var client = site.CreateClient();
        await client.GetDocumentAsync(Pages.Home);

        // What many editors do on save: write the whole file aside, then rename it over the original.
        var temporary = Path.Combine(content.Path, ContentFiles.Film + ".tmp");
        await File.WriteAllTextAsync(temporary, ContentText.Film(title: "Never Sorry (renamed into place)"), TestContext.Current.CancellationToken);
        File.Move(temporary, Path.Combine(content.Path, ContentFiles.Film), overwrite: true);

        Assert.StartsWith("Never Sorry (renamed into place)", await Eventually.HomeHeadingAsync(client, "Never Sorry (renamed into place)"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServesTheLastOfABurstOfQuickWrites()
    {
        using var content = TempContentFolder.CopyOfReal();
        await using var site = new SiteFactory(content.Path);
        var client = site.CreateClient();
        await client.GetDocumentAsync(Pages.Home);

        for (var draft = 1; draft <= 5; draft++)
        {
            content.With(ContentFiles.Film, ContentText.Film(title: $"Never Sorry (draft {draft})"));
        }

        Assert.StartsWith("Never Sorry (draft 5)", await Eventually.HomeHeadingAsync(client, "Never Sorry (draft 5)"), StringComparison.Ordinal);
        Assert.Equal("Healthy", (await client.GetHealthAsync()).Status);
    }

    [Fact]
    public async Task KeepsServingTheLastGoodContentWhenAnEditBreaksIt()
    {
        using var content = TempContentFolder.CopyOfReal();
        await using var site = new SiteFactory(content.Path);
        var client = site.CreatePlainClient();
        await client.GetDocumentAsync(Pages.Home);

        content.With(ContentFiles.Festivals, """{ "festivals": [ { "name": "Sundance Film Festival", "year": 1812 } ] }""");

        var health = await Eventually.AnswerAsync(client.GetHealthAsync, h => h.Status != "Healthy");
        Assert.Equal("Degraded", health.Status);
        Assert.Contains(content.DisplayNameOf(ContentFiles.Festivals), health.Text, StringComparison.Ordinal);
        using var home = await client.GetAsync(Pages.Home, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(10, (await home.ReadDocumentAsync()).Section("Festival selections").QuerySelectorAll("li").Length);
    }

    [Fact]
    public async Task NamesTheBrokenLineInHealthzUntilAFixReloadsCleanly()
    {
        using var content = TempContentFolder.CopyOfReal();
        var log = new LogCollector();
        await using var site = new SiteFactory(content.Path, configureServices: services => services.AddSingleton<ILogEventSink>(log));
        var client = site.CreatePlainClient();
        var before = await MainTextAsync(client, Pages.Home);

        // The comma after the year is missing: the parser stumbles on the next property.
        var broken = ContentText.Film(title: "Never Sorry (broken)").Replace("\"year\": 2012,", "\"year\": 2012", StringComparison.Ordinal);
        content.With(ContentFiles.Film, broken);

        var health = await Eventually.AnswerAsync(client.GetHealthAsync, h => h.Status != "Healthy");
        Assert.Equal(HttpStatusCode.OK, health.Code);
        Assert.Equal("Degraded", health.Status);
        var location = $"{content.DisplayNameOf(ContentFiles.Film)}:{ContentText.LineOf(broken, "\"genre\"")}:{ContentText.ColumnOf(broken, "\"genre\"")}: ";
        Assert.Contains(health.Text.Split('\n'), line => line.StartsWith(location, StringComparison.Ordinal) && line.Contains("comma is missing", StringComparison.Ordinal));
        Assert.Contains(log.Events, e => e.Level == LogEventLevel.Error && e.Message.StartsWith(location, StringComparison.Ordinal));
        Assert.Equal(before, await MainTextAsync(client, Pages.Home));

        content.With(ContentFiles.Film, ContentText.Film(title: "Never Sorry (fixed)"));

        Assert.StartsWith("Never Sorry (fixed)", await Eventually.HomeHeadingAsync(client, "Never Sorry (fixed)"), StringComparison.Ordinal);
        health = await Eventually.AnswerAsync(client.GetHealthAsync, h => h.Status == "Healthy");
        Assert.Equal("Healthy", health.Status);
        Assert.DoesNotContain(content.DisplayNameOf(ContentFiles.Film), health.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PicksUpAFileDeletedAndCreatedAgain()
    {
        using var content = TempContentFolder.CopyOfReal();
        await using var site = new SiteFactory(content.Path);
        var client = site.CreateClient();
        await client.GetDocumentAsync(Pages.Home);

        content.Without(ContentFiles.Festivals);
        var health = await Eventually.AnswerAsync(client.GetHealthAsync, h => h.Status != "Healthy");
        Assert.Contains(content.DisplayNameOf(ContentFiles.Festivals), health.Text, StringComparison.Ordinal);

        content.With(ContentFiles.Festivals, """{ "festivals": [ { "name": "Hot Docs Film Festival", "year": 2012 } ] }""");

        var festivals = await Eventually.AnswerAsync(
            async () => Festivals(await client.GetDocumentAsync(Pages.Home)),
            list => list.SequenceEqual(["2012 Hot Docs Film Festival"]));
        Assert.Equal(["2012 Hot Docs Film Festival"], festivals);
        Assert.Equal("Healthy", (await client.GetHealthAsync()).Status);
    }

    [Fact]
    public async Task ServesAnEditedMarkdownFile()
    {
        const string Rewritten = "A synopsis rewritten while the site runs.";
        using var content = TempContentFolder.CopyOfReal();
        await using var site = new SiteFactory(content.Path);
        var client = site.CreateClient();
        await client.GetDocumentAsync(Pages.Home);

        content.With(ContentFiles.Synopsis, $"---\ntitle: Synopsis\n---\n{Rewritten}\n");

        var synopsis = await Eventually.AnswerAsync(
            async () => (await client.GetDocumentAsync(Pages.Home)).Section("Synopsis").QuerySelectorAll("p").Select(p => p.ReadableText()).ToList(),
            paragraphs => paragraphs.SequenceEqual([Rewritten]));
        Assert.Equal([Rewritten], synopsis);
    }

    private static async Task<string> MainTextAsync(HttpClient client, string url) =>
        (await client.GetDocumentAsync(url)).QuerySelector("main")!.ReadableText();

    private static List<string> Festivals(IHtmlDocument home) =>
        home.Section("Festival selections").QuerySelectorAll("li").Select(li => li.ReadableText()).ToList();
}
