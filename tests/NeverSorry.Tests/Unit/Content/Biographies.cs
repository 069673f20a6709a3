using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// Biographies in bios/*.md, each with front matter name and role: read in the order of their files, and what
/// would leave a biography nameless, doubled or unread is named at its file and line. The text is test data.
/// </summary>
public sealed class Biographies : IDisposable
{
    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public Biographies() => Directory.CreateDirectory(Path.Combine(_folder.Path, Biography.Folder));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TwoBiographiesAreReadInTheOrderOfTheirFiles()
    {
        Bio("test-subject.md", "---\nname: Test Subject\nrole: Subject\n---\nA test paragraph about the subject.\n");
        Bio("alison-klayman.md", "---\nname: Alison Klayman\nrole: Director\n---\nA test paragraph, *with emphasis*.\n\nA second one.\n");

        var bios = _folder.Load().Biographies;

        Assert.Equal(["bios/alison-klayman.md", "bios/test-subject.md"], bios.Select(b => b.File));
        Assert.Equal(("Alison Klayman", "Director", "bio-alison-klayman"), (bios[0].Name, bios[0].Role, bios[0].Anchor));
        var html = Html.Parse(bios[0].Page.Html);
        Assert.Equal(2, html.QuerySelectorAll("p").Length);
        Assert.Equal("with emphasis", html.QuerySelector("em")!.TextContent);
    }

    [Fact]
    public void TheRepositoryHasNoBiographies()
    {
        Assert.False(Directory.Exists(Path.Combine(RepositoryPaths.Content, Biography.Folder)), "The seed gives no biography: content/bios/ must not exist.");
    }

    [Theory]
    [InlineData("---\nrole: Director\n---\nText.\n", 1, "this biography has no 'name' in its front matter; add a line with whom the biography is about, for example \"name: Alison Klayman\", between the two '---' lines at the top.")]
    [InlineData("---\nname: Alison Klayman\n---\nText.\n", 1, "this biography has no 'role' in its front matter; add a line with their part in the film, for example \"role: Director\", between the two '---' lines at the top.")]
    [InlineData("---\nname: \"\"\nrole: Director\n---\nText.\n", 2, "'name' is empty; write whom the biography is about, for example \"name: Alison Klayman\".")]
    [InlineData("---\nname: Alison Klayman\nrole:\n---\nText.\n", 3, "'role' is empty; write their part in the film, for example \"role: Director\".")]
    [InlineData("---\nname: |\n  Alison\n  Klayman\nrole: Director\n---\nText.\n", 2, "'name' must be one line; write whom the biography is about, for example \"name: Alison Klayman\".")]
    public void ANameOrRoleMissingOrBlankIsRefusedAtItsLine(string text, int line, string message)
    {
        Bio("alison-klayman.md", text);

        var problem = _folder.SingleProblem();

        Assert.Equal($"{_folder.DisplayNameOf("bios/alison-klayman.md")}:{line}:1: {message}", problem.ToString());
    }

    [Fact]
    public void ABiographyWithoutFrontMatterSaysWhatToAdd()
    {
        Bio("alison-klayman.md", "A test paragraph without front matter.\n");

        var problem = _folder.SingleProblem();

        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.StartsWith("this biography has no front matter saying whom it is about. Start the file with four lines: '---', 'name: '", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameOverEightyCharactersIsRefused()
    {
        Bio("alison-klayman.md", $"---\nname: {new string('a', 81)}\nrole: Director\n---\nText.\n");

        Assert.StartsWith("'name' is 81 characters long, more than the 80 it may have", _folder.SingleProblem().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoBiographiesOfTheSameNameAreRefusedAtTheSecond()
    {
        Bio("alison-klayman.md", "---\nname: Alison Klayman\nrole: Director\n---\nText.\n");
        Bio("klayman.md", "---\nrole: Director\nname: alison klayman\n---\nOther text.\n");

        var problem = _folder.SingleProblem();

        Assert.Equal($"{_folder.DisplayNameOf("bios/klayman.md")}:3:1: bios/alison-klayman.md is already the biography of alison klayman, and the press page would show both. Keep one of the two files.", problem.ToString());
    }

    [Fact]
    public void MoreThanTwelveBiographiesAreRefusedAtTheThirteenth()
    {
        for (var i = 1; i <= 13; i++)
        {
            Bio($"person-{i:00}.md", $"---\nname: Test Person {i}\nrole: Subject\n---\nText.\n");
        }

        var problem = _folder.SingleProblem();

        Assert.Equal(_folder.DisplayNameOf("bios/person-13.md"), problem.File);
        Assert.StartsWith("bios/ holds 13 biographies, more than the 12 the press page shows", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("author")]
    public void AKeyOfTheOtherPagesIsRefusedInABiography(string key)
    {
        Bio("alison-klayman.md", $"---\nname: Alison Klayman\nrole: Director\n{key}: Test\n---\nText.\n");

        var problem = _folder.SingleProblem();

        Assert.Equal(4, problem.Line);
        Assert.Equal($"'{key}' is not used in a biography: the press page heads it with its name and role. Remove the line.", problem.Message);
    }

    [Fact]
    public void AnUnknownKeyInABiographyNamesTheKeysOfABiography()
    {
        Bio("alison-klayman.md", "---\nname: Alison Klayman\nrloe: Director\n---\nText.\n");

        var problem = _folder.SingleProblem();

        Assert.Equal(3, problem.Line);
        Assert.Equal("'rloe' is not a front matter key (a typo?). The keys allowed are name and role (a biography's only keys).", problem.Message);
    }

    [Fact]
    public void AnUnknownKeyElsewhereSaysWhereNameAndRoleBelong()
    {
        _folder.With(ContentFiles.Synopsis, "---\ntitle: Synopsis\nnmae: Test\n---\nText.\n");

        var problem = _folder.SingleProblem();

        Assert.Equal("'nmae' is not a front matter key (a typo?). The keys allowed are title, description and author (name and role belong to a biography in bios/).", problem.Message);
    }

    [Theory]
    [InlineData(ContentFiles.Synopsis, "name")]
    [InlineData(ContentFiles.DirectorsStatement, "role")]
    public void ABiographysKeyInTheSynopsisOrStatementIsRefused(string fileName, string key)
    {
        _folder.With(fileName, $"---\ntitle: Test\n{key}: Test\n---\nText.\n");

        var problem = _folder.SingleProblem();

        Assert.Equal($"{_folder.DisplayNameOf(fileName)}:3:1: '{key}' is a front matter key of a biography in bios/, and {fileName} does not use it. Remove the line (the keys here are title, description and author).", problem.ToString());
    }

    [Theory]
    [InlineData("alison-klayman.MD", "Rename it to alison-klayman.md.")]
    [InlineData("alison-klayman.txt", "Rename it to alison-klayman.md.")]
    [InlineData("alison-klayman.jpg", "A picture goes in images/; anything else, take out of the folder.")]
    public void AFileThatIsNotABiographyIsAWarning(string name, string advice)
    {
        Bio(name, "---\nname: Alison Klayman\nrole: Director\n---\nText.\n");

        var snapshot = _folder.Load();

        Assert.Empty(snapshot.Biographies);
        var warning = Assert.Single(snapshot.Warnings);
        Assert.Equal(_folder.DisplayNameOf($"bios/{name}"), warning.File);
        Assert.Equal($"the press page reads only files named *.md in bios/, yet a publish copies this one. {advice}", warning.Message);
    }

    [Fact]
    public void ABiographyInAFolderBelowBiosIsAWarning()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, Biography.Folder, "old"));
        Bio("old/alison-klayman.md", "---\nname: Alison Klayman\nrole: Director\n---\nText.\n");

        var warning = Assert.Single(_folder.Load().Warnings);

        Assert.Equal(_folder.DisplayNameOf("bios/old/alison-klayman.md"), warning.File);
        Assert.StartsWith("the press page reads only the .md files directly in bios/", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkOutOfTheFolderInPlaceOfABiographyIsRefused()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.Path, Biography.Folder, "alison-klayman.md"), "/etc/passwd");

        var problem = _folder.SingleProblem();

        Assert.Equal(_folder.DisplayNameOf("bios/alison-klayman.md"), problem.File);
        Assert.Contains("outside the content folder", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABiographyOverTheMarkdownLimitIsRefused()
    {
        Bio("alison-klayman.md", "---\nname: Alison Klayman\nrole: Director\n---\n" + new string('a', 512 * 1024) + "\n");

        Assert.Contains("larger than 512 KB", _folder.SingleProblem().Message, StringComparison.Ordinal);
    }

    private void Bio(string name, string text) => _folder.With($"{Biography.Folder}/{name}", text);
}
