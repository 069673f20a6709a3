using System.Security.Cryptography;
using System.Text;

namespace NeverSorry.Content.Files;

/// <summary>SHA-256, written the one way the site names things by it: lower-case hex.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The hash of a stream read to its end, never held whole.</summary>
    public static string Of(Stream stream) => Convert.ToHexStringLower(SHA256.HashData(stream));

    /// <summary>The hash of several texts, each on its own line: what a made file's name depends on.</summary>
    public static string OfText(params IEnumerable<string> parts) => Of(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
}
