using System.Text;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

/// <summary>
/// Windows editors often save UTF-8 with a byte order mark ("UTF-8 with BOM"), which staff cannot see and
/// so cannot remove: the site must read such a file as if the mark were not there.
/// </summary>
public sealed class ContentLoaderByteOrderMark : IDisposable
{
    private readonly TempContentFolder _folder = TempContentFolder.CopyOfReal();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AJsonFileSavedWithAByteOrderMarkIsRead()
    {
        SaveWithByteOrderMark(ContentFiles.Film, ContentText.Film(title: "Never Sorry (saved in Notepad)"));

        var snapshot = _folder.Load();

        Assert.Equal("Never Sorry (saved in Notepad)", snapshot.Film.Title);
    }

    [Fact]
    public void AMarkdownFileSavedWithAByteOrderMarkIsRead()
    {
        SaveWithByteOrderMark(ContentFiles.Synopsis, "---\ntitle: Synopsis\n---\nSaved in Notepad.\n");

        var snapshot = _folder.Load();

        Assert.Equal("Synopsis", snapshot.Synopsis.FrontMatter.Title);
        Assert.Equal("Saved in Notepad.", Html.Parse(snapshot.Synopsis.Html).QuerySelector("p")!.ReadableText());
    }

    private void SaveWithByteOrderMark(string fileName, string text) =>
        File.WriteAllText(Path.Combine(_folder.Path, fileName), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
}
