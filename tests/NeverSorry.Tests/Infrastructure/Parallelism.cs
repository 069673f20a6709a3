// Most integration tests spend their time waiting: for a file watcher's quiet period, a polling watcher's
// next look, a child process. The aggressive algorithm lets another test class run on the thread a waiting
// test gives back, so the slowest of them (the polling watcher, several seconds) no longer holds up the
// rest of the suite on a machine with few cores.
[assembly: CollectionBehavior(ParallelAlgorithm = Xunit.Sdk.ParallelAlgorithm.Aggressive)]
