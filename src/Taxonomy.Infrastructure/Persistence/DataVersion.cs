using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Taxonomy.Infrastructure.Persistence;

/// <summary>
/// A token that changes whenever any connection, in this process or another (an import run from
/// the command line), commits a change to the database. HTTP caching keys everything on it, so a
/// cached answer can never outlive the data it was made from.
/// </summary>
/// <remarks>
/// SQLite's <c>PRAGMA data_version</c> changes on a connection each time another connection
/// commits. Every request asks, and one connection behind a lock made concurrent requests queue
/// behind whichever thread held it when the scheduler preempted that thread. So each caller
/// borrows one of a fixed set of connections that never write, and a connection that sees a
/// change moves a shared generation on; only the generation is comparable across connections.
///
/// Why no token read after a commit equals one read before it: each connection's first look after
/// the commit sees the change and moves the generation on before any caller it serves reads it.
/// All the connections are opened together before the first token, so none has a baseline that
/// already holds a commit unseen. A connection that sees a change first brings every idle one up
/// to date, so that one commit moves the generation once or twice, not once per connection: each
/// move empties the response cache.
/// </remarks>
public sealed class DataVersion : IDisposable
{
    // Enough that callers rarely find none idle: each holds one only for the PRAGMA.
    private static readonly int Watchers = Math.Max(16, 4 * Environment.ProcessorCount);

    // A token from an earlier run of the process must never match one from this run.
    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];
    private readonly ConcurrentStack<Watcher> _idle = new();
    // Opened on the first call, not by the constructor, which runs while the database may not exist yet.
    private readonly Lazy<Watcher[]> _all;
    private long _generation;

    public DataVersion(string connectionString)
    {
        _all = new Lazy<Watcher[]>(() =>
        {
            var opened = Enumerable.Range(0, Watchers).Select(_ => new Watcher(connectionString)).ToArray();
            _idle.PushRange(opened);
            return opened;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Current()
    {
        var watcher = Borrow();
        try
        {
            if (watcher.SawCommit())
            {
                // The generation moves before any watcher brought up to date serves a caller.
                var idle = new Watcher[Watchers];
                var taken = CatchUpIdleWatchers(idle);
                Interlocked.Increment(ref _generation);
                _idle.PushRange(idle, 0, taken);
            }

            return string.Create(CultureInfo.InvariantCulture, $"{_instance}-{Volatile.Read(ref _generation)}");
        }
        finally
        {
            _idle.Push(watcher);
        }
    }

    private Watcher Borrow()
    {
        _ = _all.Value;
        var wait = new SpinWait();
        Watcher? watcher;
        while (!_idle.TryPop(out watcher))
        {
            wait.SpinOnce();
        }

        return watcher;
    }

    /// <summary>Takes every idle watcher into <paramref name="taken"/> and brings each up to date; the caller puts them back.</summary>
    private int CatchUpIdleWatchers(Watcher[] taken)
    {
        var count = _idle.TryPopRange(taken);
        for (var i = 0; i < count; i++)
        {
            taken[i].SawCommit();
        }

        return count;
    }

    public void Dispose()
    {
        if (_all.IsValueCreated)
        {
            foreach (var watcher in _all.Value)
            {
                watcher.Dispose();
            }
        }
    }

    /// <summary>A connection that never writes, and the last data_version it returned.</summary>
    private sealed class Watcher : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _query;
        private long _seen;

        public Watcher(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            _query = _connection.CreateCommand();
            _query.CommandText = "PRAGMA data_version;";
            _seen = Read();
        }

        /// <summary>Whether another connection has committed since this one last asked.</summary>
        public bool SawCommit()
        {
            var version = Read();
            if (version == _seen)
            {
                return false;
            }

            _seen = version;
            return true;
        }

        private long Read() => Convert.ToInt64(_query.ExecuteScalar(), CultureInfo.InvariantCulture);

        public void Dispose()
        {
            _query.Dispose();
            _connection.Dispose();
        }
    }
}
