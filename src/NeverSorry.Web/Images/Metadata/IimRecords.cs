namespace NeverSorry.Web.Images.Metadata;

/// <summary>
/// The words as IPTC IIM datasets (IIM 4.2), the block older layout and photo-desk tools still read: UTF-8,
/// declared by the 1:90 coded character set, each field cut to the size IIM allows (the XMP keeps the whole text).
/// </summary>
internal static class IimRecords
{
    /// <summary>Dataset numbers in record 2 with the most bytes IIM 4.2 allows each.</summary>
    public const byte ObjectName = 5, SpecialInstructions = 40, Headline = 105, Credit = 110, CopyrightNotice = 116, CaptionAbstract = 120;

    public static readonly IReadOnlyDictionary<byte, int> MaxBytes = new Dictionary<byte, int>
    {
        [ObjectName] = 64,
        [SpecialInstructions] = 256,
        [Headline] = 256,
        [Credit] = 32,
        [CopyrightNotice] = 128,
        [CaptionAbstract] = 2000,
    };

    /// <summary>ESC % G: "the text is UTF-8", so readers do not take it for Latin-1.</summary>
    private static readonly byte[] s_utf8 = [0x1B, 0x25, 0x47];

    private static readonly byte[] s_version4 = [0x00, 0x04];

    public static byte[] Of(PictureWords words)
    {
        var block = new MemoryStream();
        Write(block, 1, 0, s_version4);
        Write(block, 1, 90, s_utf8);
        Write(block, 2, 0, s_version4);
        // In dataset order, as IIM asks.
        (byte Number, string? Text)[] fields =
        [
            (ObjectName, words.Title), (SpecialInstructions, words.Usage), (Headline, words.Title),
            (Credit, words.Credit), (CopyrightNotice, words.Copyright), (CaptionAbstract, words.Caption),
        ];
        foreach (var (number, text) in fields.Where(f => f.Text is not null))
        {
            Write(block, 2, number, Utf8Text.Fit(text!, MaxBytes[number]));
        }
        return block.ToArray();
    }

    /// <summary>One dataset: tag marker 0x1C, record, dataset, a two-byte length (all fields here are under 32 KB).</summary>
    private static void Write(MemoryStream block, byte record, byte dataset, byte[] data)
    {
        block.Write([0x1C, record, dataset, (byte)(data.Length >> 8), (byte)data.Length]);
        block.Write(data);
    }
}
