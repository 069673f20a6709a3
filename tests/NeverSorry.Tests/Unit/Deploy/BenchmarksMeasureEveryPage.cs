using System.Text.RegularExpressions;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Addresses;

namespace NeverSorry.Tests.Unit.Deploy;

/// <summary>The bench scripts list the pages they measure in bash or Lua; each list is the site's page list.</summary>
public sealed partial class BenchmarksMeasureEveryPage
{
    public static TheoryData<string> Scripts => new(["run.sh", "load.sh", "soak.sh"]);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ListsTheSitesPages(string script)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "bench", script));

        var list = PageList().Match(text);

        Assert.True(list.Success, $"bench/{script} no longer lists its pages as pages=(…) or local pages = {{…}}.");
        var pages = Regex.Matches(list.Groups[1].Value, "\"?(/[^\"\\s,]*)\"?").Select(m => m.Groups[1].Value);
        Assert.Equal(SitePages.ListedIn(Listed.Navigation).Select(page => page.Path), pages);
    }

    [GeneratedRegex(@"pages\s*=\s*[({]([^)}]*)[)}]")]
    private static partial Regex PageList();
}
