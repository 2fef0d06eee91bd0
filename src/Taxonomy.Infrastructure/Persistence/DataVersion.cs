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
/// commits. This class keeps one connection of its own that never writes, so every commit counts.
/// </remarks>
public sealed class DataVersion(string connectionString) : IDisposable
{
    // data_version counts from an arbitrary value per connection, so a token from an earlier run
    // of the process must never match one from this run.
    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];
    private readonly Lock _lock = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _query;

    public string Current()
    {
        lock (_lock)
        {
            if (_query is null)
            {
                _connection = new SqliteConnection(connectionString);
                _connection.Open();
                _query = _connection.CreateCommand();
                _query.CommandText = "PRAGMA data_version;";
            }

            var version = Convert.ToInt64(_query.ExecuteScalar(), CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"{_instance}-{version}");
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _query?.Dispose();
            _connection?.Dispose();
        }
    }
}
