// The suite runs in two tiers. Fast tests (unit, in-memory hosts) run in parallel; the aggressive algorithm
// lets another test run on the thread a waiting test (a file watcher's quiet period) gives back. Tests that
// start a real process, nginx or the browser belong to one of the collections below, and a collection runs
// one test at a time: a busy machine makes them slower, never starved, since at most one site process or
// export and one browser page are at work at any moment, whatever the scheduler does.
[assembly: CollectionBehavior(ParallelAlgorithm = Xunit.Sdk.ParallelAlgorithm.Aggressive)]

namespace NeverSorry.Tests.Infrastructure;

/// <summary>Test classes that start the built app (or nginx) in processes of their own.</summary>
[CollectionDefinition(Name)]
public sealed class ProcessTier
{
    public const string Name = "Processes: the built app and nginx, one at a time";
}

/// <summary>Test classes that drive Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTier
{
    public const string Name = "Browser: Chromium, one test at a time";
}
