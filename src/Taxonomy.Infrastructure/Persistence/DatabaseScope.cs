namespace Taxonomy.Infrastructure.Persistence;

/// <summary>
/// Which database a scope (one request) reads: the live one, or the copy a release was turned
/// back into (see <c>?release=</c>), which is read-only. Everything that caches by the state of
/// the data asks <see cref="DataToken"/>, so an answer made from one never serves the other.
/// </summary>
public sealed class DatabaseScope(string liveConnectionString, DataVersion liveVersion)
{
    private string? _releaseToken;

    /// <summary>The connection string every <see cref="TaxonomyDbContext"/> of the scope opens.</summary>
    public string ConnectionString { get; private set; } = liveConnectionString;

    /// <summary>The label of the release the scope reads, or null for the live data.</summary>
    public string? Release { get; private set; }

    /// <summary>Switches the scope to a release's copy; only before the scope has opened a context.</summary>
    public void ReadRelease(string label, string copyPath, string token)
    {
        ConnectionString = ReadOnly(copyPath);
        Release = label;
        _releaseToken = token;
    }

    /// <summary>Reads what <paramref name="other"/> reads: for work a request hands to a scope of its own.</summary>
    public void ReadAs(DatabaseScope other)
    {
        ArgumentNullException.ThrowIfNull(other);
        ConnectionString = other.ConnectionString;
        Release = other.Release;
        _releaseToken = other._releaseToken;
    }

    /// <summary>A token that changes whenever the data this scope reads may have: see <see cref="DataVersion"/>. A release's never does.</summary>
    public string DataToken() => _releaseToken ?? liveVersion.Current();

    /// <summary>The connection string that opens a database file for reading only.</summary>
    public static string ReadOnly(string path) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = path, Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly }.ToString();
}
