using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NeverSorry.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace NeverSorry.Tests.Integration.Controllers;

public class ErrorPages(RealSite site)
{
    [Theory]
    [InlineData("/does-not-exist")]
    [InlineData("/press/2012")]
    [InlineData("/theatrical-run.html")]
    public async Task AnswerAnUnknownAddressWithTheDesignedNotFoundPage(string url)
    {
        using var response = await site.CreatePlainClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var document = await response.ReadDocumentAsync();
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page not found", Assert.Single(document.QuerySelectorAll("h1")).ReadableText());
        Assert.Equal(Pages.All, document.QuerySelectorAll("body > header nav a").Select(a => a.GetAttribute("href")));
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name='description']")?.GetAttribute("content")));
        Assert.Equal("noindex", document.QuerySelector("meta[name='robots']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task ShowNoStackTraceInProduction()
    {
        await using var production = new SiteFactory(
            environment: "Production",
            configureServices: services => services.AddControllersWithViews().AddApplicationPart(typeof(ThrowingController).Assembly));

        using var response = await production.CreatePlainClient().GetAsync(ThrowingController.Path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var document = await response.ReadDocumentAsync();
        Assert.Equal("Something went wrong", Assert.Single(document.QuerySelectorAll("h1")).ReadableText());
        var text = document.Body!.ReadableText();
        Assert.DoesNotContain(ThrowingController.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), text, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(ThrowingController), text, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("pre, code"));
        Assert.Equal(Pages.All, document.QuerySelectorAll("body > header nav a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task GiveAReferenceThatTheLogFilesTheFailureUnder()
    {
        var log = new LogCollector();
        await using var production = new SiteFactory(
            environment: "Production",
            configureServices: services => services
                .AddSingleton<ILogEventSink>(log)
                .AddControllersWithViews().AddApplicationPart(typeof(ThrowingController).Assembly));

        using var response = await production.CreatePlainClient().GetAsync(ThrowingController.Path, TestContext.Current.CancellationToken);

        var reference = (await response.ReadDocumentAsync()).QuerySelector(".reference")?.ReadableText();
        Assert.False(string.IsNullOrWhiteSpace(reference));
        Assert.Contains(log.Events, e => e.Level == LogEventLevel.Error
            && e.Message.Contains(reference, StringComparison.Ordinal)
            && e.Message.Contains(ThrowingController.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerNotFoundTheSameWayInProduction()
    {
        await using var production = new SiteFactory(environment: "Production");

        using var response = await production.CreatePlainClient().GetAsync("/does-not-exist", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await response.ReadDocumentAsync()).QuerySelector("h1")?.ReadableText());
    }
}
