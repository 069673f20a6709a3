using System.Runtime.CompilerServices;
using Ganss.Xss;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;

namespace NeverSorry.Content.Loading;

/// <summary>
/// The one-time set-up of the libraries the first content load needs, begun on the thread pool as the process
/// starts, so that it runs while the host is being built instead of in front of the first page: HtmlSanitizer's
/// CSS tables (AngleSharp.Css, about 150 ms, almost half of a first load) and System.Text.Json's contracts for
/// the three JSON files (about 60 ms). Found with dotnet-trace on <c>validate</c> (docs/performance.md).
/// Nothing here changes what a load does: a load that arrives first simply waits for, or does, the same set-up.
/// </summary>
public static class ContentWarmUp
{
    public static void Begin()
    {
        ThreadPool.UnsafeQueueUserWorkItem(_ => Quietly(() => RuntimeHelpers.RunClassConstructor(typeof(HtmlSanitizer).TypeHandle)), null);
        ThreadPool.UnsafeQueueUserWorkItem(_ => Quietly(() =>
        {
            foreach (var file in ContentFiles.Json)
            {
                JsonContentReader.Options.GetTypeInfo(file.Record);
            }
        }), null);
    }

    /// <summary>A failure here would be met again, and reported, where the content load uses the library.</summary>
    private static void Quietly(Action prepare)
    {
        try
        {
            prepare();
        }
        catch (Exception)
        {
        }
    }
}
