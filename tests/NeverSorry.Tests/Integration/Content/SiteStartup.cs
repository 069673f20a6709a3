using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Live;
using Serilog.Core;
using Serilog.Events;

namespace NeverSorry.Tests.Integration.Content;

public class SiteStartup
{
    [Fact]
    public async Task FailsOnBrokenContentLoggingEveryProblem()
    {
        using var content = BrokenContent();
        var log = new LogCollector();
        await using var site = new SiteFactory(content.Path, configureServices: services => services.AddSingleton<ILogEventSink>(log));

        // Program.cs catches the ContentException to log its closing word and exit with 1, so what reaches
        // WebApplicationFactory is only that the host never started.
        Assert.ThrowsAny<Exception>(() => site.CreateClient());

        var errors = log.Events.Where(e => e.Level == LogEventLevel.Error).Select(e => e.Message).ToList();
        Assert.Contains(errors, m => m.StartsWith($"{content.DisplayNameOf(ContentFiles.Festivals)}:", StringComparison.Ordinal) && m.Contains("1812", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.StartsWith($"{content.DisplayNameOf(ContentFiles.Synopsis)}:1:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheContentServicesThrowEveryProblemWhenTheHostStarts()
    {
        using var content = BrokenContent();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration["Content:Path"] = content.Path;
        builder.Services.AddLogging();
        builder.Services.AddSiteContent();
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<ContentException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal(
            [content.DisplayNameOf(ContentFiles.Festivals), content.DisplayNameOf(ContentFiles.Synopsis)],
            exception.Problems.Select(p => p.File).Order());
    }

    [Fact]
    public async Task RefusesToStartWithoutContentPathSayingWhereToSetIt()
    {
        // A published copy's appsettings.json leaves Content:Path unset (null) for the operator to set.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration["Content:Path"] = null;
        builder.Services.AddLogging();
        builder.Services.AddSiteContent();
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        var failure = Assert.Single(exception.Failures);
        Assert.StartsWith(
            $"Content:Path is not set for this published copy: write the live content folder in {Path.Combine(builder.Environment.ContentRootPath, "appsettings.Production.json")} ",
            failure,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServesTheFolderNamedByContentPath()
    {
        using var content = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(title: "Never Sorry (test print)"));
        await using var site = new SiteFactory(content.Path);

        var document = await site.CreateClient().GetDocumentAsync(Pages.Home);

        Assert.StartsWith("Never Sorry (test print)", document.QuerySelector("h1")!.ReadableText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolvesARelativeContentPathAgainstTheContentRoot()
    {
        // The content root of the site under test is src/NeverSorry.Web.
        await using var site = new SiteFactory(Path.Combine("..", "..", "content"));

        using var response = await site.CreateClient().GetAsync(Pages.Home, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task LetsSeveralSitesRunSideBySide()
    {
        using var first = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(title: "First print"));
        using var second = TempContentFolder.CopyOfReal().With(ContentFiles.Film, ContentText.Film(title: "Second print"));
        await using var firstSite = new SiteFactory(first.Path);
        await using var secondSite = new SiteFactory(second.Path);

        var clients = await Task.WhenAll(
            Task.Run(firstSite.CreateClient, TestContext.Current.CancellationToken),
            Task.Run(secondSite.CreateClient, TestContext.Current.CancellationToken));
        var headings = await Task.WhenAll(clients.Select(async client => (await client.GetDocumentAsync(Pages.Home)).QuerySelector("h1")!.ReadableText()));

        Assert.StartsWith("First print", headings[0], StringComparison.Ordinal);
        Assert.StartsWith("Second print", headings[1], StringComparison.Ordinal);
    }

    private static TempContentFolder BrokenContent() => TempContentFolder.CopyOfReal()
        .With(ContentFiles.Festivals, """{ "festivals": [ { "name": "Sundance Film Festival", "year": 1812 } ] }""")
        .With(ContentFiles.Synopsis, "");
}
