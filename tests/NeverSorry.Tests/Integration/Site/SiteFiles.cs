using System.Net;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Site;

public class SiteFiles(RealSite site)
{
    [Fact]
    public async Task HealthzAnswersHealthy()
    {
        using var response = await site.CreatePlainClient().GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Healthy", text.Split('\n')[0].Trim());
    }

    [Fact]
    public async Task RobotsTxtIsServedAsText()
    {
        using var response = await site.CreatePlainClient().GetAsync("/robots.txt", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split('\n').Select(l => l.Trim());
        Assert.Contains("User-agent: *", lines);
    }
}
