using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Taxonomy.Infrastructure.Persistence;

/// <summary>
/// Keeps a context's connection open from its first query until the context is disposed (the end
/// of the request), where EF Core would otherwise close it after every query and open it again for
/// the next.
/// </summary>
/// <remarks>
/// Each open takes a connection from Microsoft.Data.Sqlite's pool, registers EF Core's SQL
/// functions and collation on it, and each close unregisters them and gives it back: work repeated
/// for each of the queries a page or a write runs. The pool's hand-over also has a race under
/// concurrent opens (dotnet/efcore#39008: one native connection lent to two owners, seen here as
/// "unable to delete/modify collation sequence due to active statements"); 10.0.15 fixes the
/// opening half of it, and one checkout per request rather than one per query makes the rest rarer.
/// An idle open connection holds no lock: SQLite takes a read lock only while a statement runs.
/// </remarks>
public sealed class OneConnectionPerScope : DbConnectionInterceptor
{
    public static readonly OneConnectionPerScope Instance = new();

    private OneConnectionPerScope()
    {
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());
}
