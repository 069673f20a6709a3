using Microsoft.Extensions.DependencyInjection;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace NeverSorry.Tests.Integration.Content;

/// <summary>/healthz is public: it names a broken file as staff know it, and keeps the server's paths for the log.</summary>
public class HealthNamesFilesNotPaths
{
    [Fact]
    public async Task AMissingFileIsNamedInPlainWordsWithoutTheServersPath()
    {
        using var content = TempContentFolder.CopyOfReal();
        await using var site = new SiteFactory(content.Path);
        var client = site.CreatePlainClient();
        await client.GetDocumentAsync(Pages.Home);

        content.Without(ContentFiles.Festivals);

        var health = await Eventually.AnswerAsync(client.GetHealthAsync, h => h.Status != "Healthy");
        Assert.Equal("Degraded", health.Status);
        Assert.Contains($"{content.DisplayNameOf(ContentFiles.Festivals)}:1:1: there is no file named festivals.json", health.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(content.Path, health.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), health.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileNestedTooDeeplyIsNamedOnHealthzAndInTheLog()
    {
        using var content = TempContentFolder.CopyOfReal();
        var log = new LogCollector();
        await using var site = new SiteFactory(content.Path, configureServices: services => services.AddSingleton<ILogEventSink>(log));
        var client = site.CreatePlainClient();
        await client.GetDocumentAsync(Pages.Home);

        content.With(ContentFiles.Synopsis, new string('>', 128) + " x\n");

        var health = await Eventually.AnswerAsync(client.GetHealthAsync, h => h.Status != "Healthy");
        Assert.Equal("Degraded", health.Status);
        Assert.Contains($"{content.DisplayNameOf(ContentFiles.Synopsis)}:1:1: ", health.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(content.Path, health.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", health.Text, StringComparison.Ordinal);
        Assert.Contains(log.Events, e => e.Level == LogEventLevel.Error && e.Message.StartsWith(content.DisplayNameOf(ContentFiles.Synopsis), StringComparison.Ordinal));
    }
}
