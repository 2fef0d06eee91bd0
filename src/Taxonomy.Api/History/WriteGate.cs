namespace Taxonomy.Api.History;

/// <summary>
/// Lets one write at a time into the database, in arrival order. SQLite lets only one writer in
/// anyway; a writer it turns away polls for the lock with sleeps of its own, so without the gate
/// a burst of writes spends its time asleep rather than queued. Writers in other processes (an
/// import from the command line) still meet SQLite's lock.
/// </summary>
public sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Exit(_gate);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Exit(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
