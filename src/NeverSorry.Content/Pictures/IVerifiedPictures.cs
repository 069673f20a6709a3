namespace NeverSorry.Content.Pictures;

/// <summary>Remembers, across restarts, which pictures (by hash) decoded to the end, so a start need not decode them again.</summary>
public interface IVerifiedPictures
{
    bool IsVerified(string sha256);

    void MarkVerified(string sha256);
}
