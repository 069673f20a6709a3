namespace NeverSorry.Tests.Infrastructure.Export;

/// <summary>The live site as visitors get it (Production), over the real content, with the export's base URL.</summary>
public sealed class LiveSiteWithBaseUrl() : PublicSite(environment: "Production")
{
    /// <summary>What the live site answers for <paramref name="url"/> with no Accept-Encoding: its uncompressed bytes.</summary>
    public async Task<HttpResponseMessage> GetAsync(string url) =>
        await CreatePlainClient().GetAsync(url, TestContext.Current.CancellationToken);
}
