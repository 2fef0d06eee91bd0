using Microsoft.Data.Sqlite;

namespace Taxonomy.Infrastructure.Persistence;

/// <summary>The database every write goes to, as configured.</summary>
public sealed record LiveDatabase(string ConnectionString)
{
    /// <summary>The database's file, or null for an in-memory database.</summary>
    public string? FilePath =>
        new SqliteConnectionStringBuilder(ConnectionString).DataSource is { Length: > 0 } source && source != ":memory:" && !source.StartsWith("file::memory:", StringComparison.Ordinal)
            ? Path.GetFullPath(source)
            : null;
}
