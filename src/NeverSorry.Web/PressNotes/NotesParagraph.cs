namespace NeverSorry.Web.PressNotes;

/// <summary>One paragraph of the press notes' running text: plain words, how it is set, and how far it is indented.</summary>
/// <param name="Marker">For a list item: its bullet or number, set in the margin before the text.</param>
internal sealed record NotesParagraph(string Text, NotesStyle Style = NotesStyle.Body, int Depth = 0, string? Marker = null);

internal enum NotesStyle
{
    Body,
    Subheading,
}
