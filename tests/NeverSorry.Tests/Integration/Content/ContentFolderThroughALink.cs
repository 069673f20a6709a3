using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Content;

/// <summary>
/// Deployments often serve <c>/srv/site/current</c>, a link swapped to each new release. The site follows
/// the link: it loads through it, follows edits made in the release, and follows the link when it is swapped.
/// </summary>
public sealed class ContentFolderThroughALink : IDisposable
{
    private readonly TempContentFolder _release1 = TempContentFolder.CopyOfReal();
    private readonly TempContentFolder _release2 = TempContentFolder.CopyOfReal();
    private readonly string _deployment = Path.Combine(Path.GetTempPath(), $"neversorry-deployment-{Guid.NewGuid():N}");

    public ContentFolderThroughALink() => Directory.CreateDirectory(_deployment);

    private string Current => Path.Combine(_deployment, "current");

    public void Dispose()
    {
        Directory.Delete(_deployment, recursive: true);
        _release1.Dispose();
        _release2.Dispose();
    }

    [Fact]
    public async Task FollowsAnEditInTheReleaseTheLinkPointsTo()
    {
        Directory.CreateSymbolicLink(Current, _release1.Path);
        await using var site = new SiteFactory(Current);
        var client = site.CreateClient();
        await client.GetDocumentAsync(Pages.Home);

        _release1.With(ContentFiles.Film, ContentText.Film(title: "Never Sorry (edited through the link)"));

        Assert.StartsWith("Never Sorry (edited through the link)", await Eventually.HomeHeadingAsync(client, "Never Sorry (edited through the link)"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowsTheLinkWhenADeploymentSwapsIt()
    {
        Directory.CreateSymbolicLink(Current, _release1.Path);
        _release2.With(ContentFiles.Film, ContentText.Film(title: "Never Sorry (release 2)"));
        await using var site = new SiteFactory(Current);
        var client = site.CreateClient();
        await client.GetDocumentAsync(Pages.Home);

        // As deployment tools swap it: a new link beside the old one, renamed over it in one step.
        var next = Path.Combine(_deployment, "current.next");
        Directory.CreateSymbolicLink(next, _release2.Path);
        using (var move = System.Diagnostics.Process.Start("mv", ["-T", next, Current]))
        {
            await move.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, move.ExitCode);
        }

        Assert.StartsWith("Never Sorry (release 2)", await Eventually.HomeHeadingAsync(client, "Never Sorry (release 2)"), StringComparison.Ordinal);
        Assert.Equal("Healthy", (await client.GetHealthAsync()).Status);
    }
}
