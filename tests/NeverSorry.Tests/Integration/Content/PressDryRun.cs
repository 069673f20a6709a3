using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Unit.Content;
using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Integration.Content;

/// <summary>
/// <c>publish --dry-run</c> as staff run it after adding the optional press files: one plain line per file, then
/// after editing them, what changed inside; the live folder is left as it was. The contents are test data.
/// </summary>
public sealed class PressDryRun : IDisposable
{
    private readonly TempContentFolder _live = TempContentFolder.CopyOfReal();
    private readonly TempContentFolder _draft = TempContentFolder.CopyOfReal();
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public PressDryRun()
    {
        Assert.Equal(0, Run("draft", _draft.Path, "--to", _live.Path));
        _output.GetStringBuilder().Clear();
        Directory.CreateDirectory(Path.Combine(_draft.Path, Biography.Folder));
    }

    public void Dispose()
    {
        _live.Dispose();
        _draft.Dispose();
        _output.Dispose();
        _errors.Dispose();
    }

    [Fact]
    public void AddingPressJsonAndABiographySaysWhatEachHoldsAndPublishesNothing()
    {
        _draft.With(ContentFiles.Press, PressContactsAndQuotes.Press(["""{ "name": "A. Publicist", "email": "press@example.org" }"""], []));
        _draft.With("bios/alison-klayman.md", "---\nname: Alison Klayman\nrole: Director\n---\nA test paragraph.\n");

        Assert.Equal(0, Run("publish", _draft.Path, "--to", _live.Path, "--dry-run"));

        var said = _output.ToString();
        Assert.Contains("  bios/alison-klayman.md: added (the biography of 'Alison Klayman', 'Director')", said, StringComparison.Ordinal);
        Assert.Contains("  press.json: added (1 contact, 0 quotes)", said, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was published.", said, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_live.Path, ContentFiles.Press)));
        Assert.False(Directory.Exists(Path.Combine(_live.Path, Biography.Folder)));
    }

    [Fact]
    public void APressJsonThatIsWrongIsRefusedWithItsLine()
    {
        var text = PressContactsAndQuotes.Press(["""{ "name": "A. Publicist" }"""], []);
        _draft.With(ContentFiles.Press, text);

        Assert.Equal(1, Run("publish", _draft.Path, "--to", _live.Path, "--dry-run"));

        Assert.Contains($"{ContentFiles.Press}:{ContentText.LineOf(text, "A. Publicist")}:5: this contact has no way to reach them", _errors.ToString(), StringComparison.Ordinal);
    }

    private int Run(params string[] args) => SiteCommands.TryRun(args, _output, _errors) ?? -1;
}
