using NeverSorry.Content.Files;

namespace NeverSorry.Tests.Unit.Files;

/// <summary>A name printed to staff cannot move the cursor, erase a line or reorder text: each such character is written as its code.</summary>
public sealed class FileNamesShown
{
    [Theory]
    [InlineData("notes\u001B[2K.txt", "notes\\u001B[2K.txt")]
    [InlineData("fake\rline\n.txt", "fake\\u000Dline\\u000A.txt")]
    [InlineData("bell\u0007\u007F\u0085.txt", "bell\\u0007\\u007F\\u0085.txt")]
    [InlineData("photo\u202Egpj.exe", "photo\\u202Egpj.exe")]
    [InlineData("isolate\u2066x\u2069.jpg", "isolate\\u2066x\\u2069.jpg")]
    [InlineData("images/still-1.jpg", "images/still-1.jpg")]
    [InlineData("Aì Wèiwèi – 艾未未.md", "Aì Wèiwèi – 艾未未.md")]
    public void WritesEachUnsafeCharacterAsItsCode(string name, string shown)
    {
        Assert.Equal(shown, FileNames.Shown(name));
        Assert.Equal(shown != name, FileNames.IsUnsafe(name));
    }
}
