using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Taxonomy.Infrastructure.Persistence;

/// <summary>
/// A limit on the time SQLite may spend on the queries of one request, enforced inside SQLite: a
/// progress handler, called every few thousand virtual-machine steps, stops the running statement
/// once the time is up, so that no query runs on after its budget whatever it matches.
/// </summary>
public static class QueryBudget
{
    // About a tenth of a millisecond of work between checks.
    private const int StepsBetweenChecks = 10_000;

    /// <summary>Runs <paramref name="queries"/> on one connection, stopping them with <see cref="QueryBudgetExceededException"/> after <paramref name="budget"/>.</summary>
    public static async Task<T> WithinAsync<T>(this TaxonomyDbContext db, TimeSpan budget, Func<Task<T>> queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(queries);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle;
        var deadline = Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);
        raw.sqlite3_progress_handler(handle, StepsBetweenChecks, _ => Stopwatch.GetTimestamp() > deadline ? 1 : 0, null);
        try
        {
            return await queries();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_INTERRUPT)
        {
            throw new QueryBudgetExceededException(budget, e);
        }
        finally
        {
            // The connection goes back to the pool, where the next request must not inherit the handler.
            raw.sqlite3_progress_handler(handle, 0, null, null);
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>A request's queries ran out of their time budget and were stopped.</summary>
public sealed class QueryBudgetExceededException(TimeSpan budget, Exception inner)
    : Exception($"The query ran for its whole budget of {budget.TotalMilliseconds:0} ms and was stopped.", inner)
{
    public TimeSpan Budget { get; } = budget;
}
