using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>A file that is not there, or a front matter key the site does not know, is named in the message.</summary>
public sealed class ContentLoaderNamesWhatIsMissingOrUnknown : IDisposable
{
    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public static TheoryData<string> FileNames => new(ContentFileNames.All);

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(FileNames))]
    public void AMissingFileIsNamed(string fileName)
    {
        _folder.Without(fileName);

        var problem = SingleProblem();

        Assert.Equal(_folder.DisplayNameOf(fileName), problem.File);
        Assert.Contains($"there is no file named {fileName}", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"named exactly {fileName}", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.Path, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("subtitle")]
    [InlineData("auhtor")]
    [InlineData("Title")]
    public void AnUnknownFrontMatterKeyIsNamed(string key)
    {
        var text = $"---\ntitle: Synopsis\n{key}: Alison Klayman\n---\nNamed by ArtReview as the most powerful artist in the world.\n";
        _folder.With(ContentFiles.Synopsis, text);

        var problem = SingleProblem();

        Assert.Equal(_folder.DisplayNameOf(ContentFiles.Synopsis), problem.File);
        Assert.Equal(ContentText.LineOf(text, $"{key}:"), problem.Line);
        Assert.Contains($"'{key}' is not a front matter key", problem.Message, StringComparison.Ordinal);
        Assert.Contains("title, description and author", problem.Message, StringComparison.Ordinal);
    }

    private ContentProblem SingleProblem() => _folder.SingleProblem();
}
