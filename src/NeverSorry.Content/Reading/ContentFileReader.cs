using NeverSorry.Content.Files;
using NeverSorry.Content.Model;

namespace NeverSorry.Content.Reading;

/// <summary>Reads one content file through <see cref="SafeFile"/>, and words what it refuses so staff can act on it.</summary>
public static class ContentFileReader
{
    public static byte[]? Read(ContentFolder folder, string fileName, int maxBytes, ICollection<ContentProblem> problems)
    {
        try
        {
            var bytes = SafeFile.Read(folder.Path, fileName, maxBytes, out var refusal);
            if (bytes is null)
            {
                problems.Add(new ContentProblem(folder.DisplayName(fileName), 1, 1, Words(refusal, fileName, maxBytes)));
            }
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ContentProblem(folder.DisplayName(fileName), 1, 1, $"the file cannot be read: the site is not allowed to open it, or it changed while being read. Check that {fileName} is an ordinary file the site may read, then save it again.") { Cause = ex });
            return null;
        }
    }

    private static string Words(SafeFileRefusal refusal, string fileName, int maxBytes) => refusal switch
    {
        SafeFileRefusal.NoFolder => "the content folder itself cannot be found, so this file cannot be read. Check the Content:Path setting.",
        SafeFileRefusal.Missing => $"there is no file named {fileName} in the content folder. Put it back, named exactly {fileName} (see content/README.md for what it holds).",
        SafeFileRefusal.BrokenLink => $"this is a link to a file that does not exist. Replace the link with the file itself, named {fileName}.",
        SafeFileRefusal.OutsideTheFolder => $"this is a link to a file outside the content folder, and the site reads only files inside it (so that no other file of the server is ever published). Replace the link with the file itself, named {fileName}.",
        SafeFileRefusal.AFolder => $"this is a folder, not a file. Put the file {fileName} here instead.",
        SafeFileRefusal.NotAnOrdinaryFile => $"this is not an ordinary file (it is a named pipe or a socket), and the site reads only ordinary text files. Replace it with the file itself, named {fileName}.",
        _ => $"the file is larger than {ContentLimits.Words(maxBytes)}, the most the site reads for one {Path.GetExtension(fileName).TrimStart('.')} file. Check that it holds what it should (see content/README.md).",
    };
}
