using System.Collections.Concurrent;
using NeverSorry.Web.Images;

namespace NeverSorry.Web.Live;

/// <summary>
/// The picture files the worker could not make, why, and when each is tried again: after 30 s, then twice as
/// long each time, up to 15 minutes; and at once after any reload, since staff may have fixed the cause.
/// </summary>
internal sealed class PictureFailures(TimeProvider clock)
{
    private static readonly TimeSpan s_firstRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_longestWait = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Failure> _failed = new();

    /// <summary>Whether the file failed and its next try is not due yet.</summary>
    public bool IsWaiting(string name) => _failed.TryGetValue(name, out var failure) && failure.RetryAt > clock.GetUtcNow();

    /// <param name="subject">What it is, for staff: "The sizes of images/still-1.jpg".</param>
    /// <param name="reason">Why, in words; null when it only waits for the next load (its source changed on disk).</param>
    public void Add(PlannedFile file, string subject, string? reason) =>
        _failed.AddOrUpdate(file.Name, _ => Next(subject, reason, attempts: 1), (_, before) => Next(subject, reason, before.Attempts + 1));

    public void Made(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            _failed.TryRemove(name, out _);
        }
    }

    public void Clear() => _failed.Clear();

    /// <summary>How long until the next file <paramref name="pictures"/> lacks is due again; null when none waits.</summary>
    public TimeSpan? NextRetry(PictureSet pictures)
    {
        var due = pictures.Pending.Select(f => _failed.TryGetValue(f.Name, out var failure) ? failure.RetryAt : (DateTimeOffset?)null).Min();
        return due - clock.GetUtcNow();
    }

    /// <summary>One line per thing the served pictures lack because it could not be made (not what only waits for a load).</summary>
    public IReadOnlyList<string> Describe(PictureSet pictures) =>
        [.. pictures.Pending
            .Select(f => _failed.TryGetValue(f.Name, out var failure) ? failure : null)
            .OfType<Failure>()
            .Where(f => f.Reason is not null)
            .Select(f => $"{f.Subject} could not be made: {f.Reason}. The site tries again every few minutes, and at once when the content is reloaded.")
            .Distinct()];

    private Failure Next(string subject, string? reason, int attempts)
    {
        var wait = TimeSpan.FromTicks(Math.Min(s_firstRetry.Ticks << Math.Min(attempts - 1, 16), s_longestWait.Ticks));
        return new Failure(subject, reason, attempts, clock.GetUtcNow() + wait);
    }

    private sealed record Failure(string Subject, string? Reason, int Attempts, DateTimeOffset RetryAt);
}
