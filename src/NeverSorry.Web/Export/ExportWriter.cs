using NeverSorry.Web.Caching;

namespace NeverSorry.Web.Export;

/// <summary>
/// Writes the exported files into a folder, each text file with its <c>.br</c> and <c>.gz</c> siblings,
/// compressed as the live cache compresses pages, so a static host can send them precompressed
/// (nginx's gzip_static and brotli_static, or a CDN that reads them).
/// </summary>
internal static class ExportWriter
{
    /// <summary>Writes every file; returns how many files were written, the compressed siblings included.</summary>
    public static int WriteAll(string folder, IEnumerable<ExportedFile> files)
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        var written = 0;
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(root, file.FilePath));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{file.UrlPath} would be written outside {folder}.");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Body);
            written++;
            if (file.IsText)
            {
                File.WriteAllBytes(path + ".br", Compression.Brotli(file.Body));
                File.WriteAllBytes(path + ".gz", Compression.Gzip(file.Body));
                written += 2;
            }
        }
        return written;
    }
}
