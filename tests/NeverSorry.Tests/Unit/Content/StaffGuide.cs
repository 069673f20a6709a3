using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Content;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>content/README.md, the guide staff read before they edit: a cheap guard that it keeps up with the files.</summary>
public class StaffGuide
{
    private static readonly string s_path = Path.Combine(RepositoryPaths.Content, "README.md");

    public static TheoryData<string> FileNames => new(ContentFileNames.All);

    [Fact]
    public void Exists()
    {
        Assert.True(File.Exists(s_path), "content/README.md, the staff guide, is missing.");
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void NamesEveryContentFile(string fileName)
    {
        Assert.Contains($"`{fileName}`", Guide(), StringComparison.Ordinal);
    }

    [Fact]
    public void NamesEveryFileInTheContentFolder()
    {
        var guide = Guide();

        var unexplained = Directory.EnumerateFiles(RepositoryPaths.Content)
            .Select(Path.GetFileName)
            .Where(name => name != "README.md" && !guide.Contains($"`{name}`", StringComparison.Ordinal));

        Assert.Empty(unexplained);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("yyyy-MM-dd")]
    [InlineData("/healthz")]
    public void Explains(string topic)
    {
        Assert.Contains(topic, Guide(), StringComparison.Ordinal);
    }

    [Fact]
    public void StatesTheLimitsTheSiteEnforces()
    {
        var guide = Guide();

        Assert.Contains(ContentLimits.Words(ContentLimits.JsonFileBytes), guide, StringComparison.Ordinal);
        Assert.Contains(ContentLimits.Words(ContentLimits.MarkdownFileBytes), guide, StringComparison.Ordinal);
        Assert.Contains(ContentLimits.Words(ContentLimits.RenderedMarkdownChars), guide, StringComparison.Ordinal);
        Assert.Contains($"{ContentLimits.FirstYear} and {ContentLimits.LastYear}", guide, StringComparison.Ordinal);
    }

    private static string Guide() => File.ReadAllText(s_path);
}
