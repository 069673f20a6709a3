namespace NeverSorry.Content.Publishing;

/// <summary>
/// One writer at a time on a live folder: publish, restore and draft hold <c>&lt;live&gt;.history/.lock</c> while
/// they read and write, so two publishes at once never mix; the second waits, then is refused. The lock is
/// the kernel's (an exclusive open), so a writer that is killed releases it with its process.
/// </summary>
public sealed class PublishLock : IDisposable
{
    private const string LockFile = ".lock";
    private const string HolderFile = ".lock-holder";

    private readonly FileStream _held;
    private readonly string _holder;

    private PublishLock(FileStream held, string holder) => (_held, _holder) = (held, holder);

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="patience"/> while someone else holds it; null, with why on
    /// <paramref name="errors"/>, when they still do.
    /// </summary>
    public static PublishLock? Take(ContentHistory history, string who, TimeSpan patience, TextWriter output, TextWriter errors)
    {
        Directory.CreateDirectory(history.Folder);
        var path = Path.Combine(history.Folder, LockFile);
        var holder = Path.Combine(history.Folder, HolderFile);
        var giveUp = DateTime.UtcNow + patience;
        var said = false;
        while (true)
        {
            try
            {
                // On Linux, FileShare.None is an exclusive flock: any other process taking it fails until this one closes it or dies.
                var held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                SayWho(holder, who);
                return new PublishLock(held, holder);
            }
            catch (IOException) when (DateTime.UtcNow < giveUp)
            {
                if (!said)
                {
                    output.WriteLine($"Waiting for another publish to finish ({HeldBy(holder)})…");
                    said = true;
                }
                Thread.Sleep(200);
            }
            catch (IOException)
            {
                errors.WriteLine($"Another publish is still running ({HeldBy(holder)}): nothing was changed. Try again when it has finished.");
                return null;
            }
        }
    }

    /// <summary>Only for the words of whoever waits: a full disk must not stop the publish here, where it cannot say why.</summary>
    private static void SayWho(string holder, string who)
    {
        try
        {
            File.WriteAllText(holder, $"{who} since {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss zzz}");
        }
        catch (IOException)
        {
            File.Delete(holder);
        }
    }

    /// <summary>Who holds the lock, as they wrote it when they took it.</summary>
    private static string HeldBy(string holder)
    {
        try
        {
            return File.ReadAllText(holder) is { Length: > 0 } who ? who : "someone";
        }
        catch (IOException)
        {
            return "someone";
        }
    }

    public void Dispose()
    {
        File.Delete(_holder);
        _held.Dispose();
    }
}
