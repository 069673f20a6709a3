namespace NeverSorry.Content.Publishing;

/// <summary>What staff read when a publish could not read or write a file: one sentence, never a stack trace.</summary>
public static class PublishFailure
{
    /// <summary>ENOSPC and EDQUOT (the errno .NET puts in HResult on Unix), and Windows' disk-full codes.</summary>
    private static readonly int[] s_diskFull = [28, 122, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    public static bool IsDiskFull(IOException ex) => s_diskFull.Contains(ex.HResult);

    public static string Words(IOException ex, string historyFolder) => IsDiskFull(ex)
        ? $"Nothing was published: the disk holding {historyFolder} is full, so the live site is unchanged; make room on it and publish again."
        : $"Nothing was published: {ex.Message.TrimEnd('.')}, so the live site is unchanged; fix that and publish again.";
}
