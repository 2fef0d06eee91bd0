using Microsoft.Data.Sqlite;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Tests;

public sealed class DataVersionTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"taxonomy-data-version-{Guid.NewGuid():N}.db");

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString();

    [Fact]
    public async Task NoTokenReadAfterACommitEqualsOneReadBeforeItWhateverConnectionAnswers()
    {
        await using var writer = await OpenWriterAsync();
        using var version = new DataVersion(ConnectionString);
        var before = new HashSet<string>();

        for (var commit = 0; commit < 50; commit++)
        {
            // Callers at once, so that the tokens come from several of its connections.
            var callers = 1 + (commit % 8);
            before.UnionWith(await AskTogetherAsync(version, callers));
            await ExecuteAsync(writer, $"INSERT INTO t VALUES ({commit});");

            var after = await AskTogetherAsync(version, 8 - (commit % 8));

            Assert.Empty(after.Intersect(before));
        }
    }

    [Fact]
    public async Task WithoutACommitTheTokenStaysOnceEveryConnectionIsOpen()
    {
        await using var writer = await OpenWriterAsync();
        using var version = new DataVersion(ConnectionString);

        var first = version.Current();
        var again = Enumerable.Range(0, 20).Select(_ => version.Current()).ToList();

        Assert.All(again, token => Assert.Equal(first, token));
    }

    /// <summary>A connection that commits to the database, in the write-ahead-log mode the API uses, with a table to write to.</summary>
    private async Task<SqliteConnection> OpenWriterAsync()
    {
        var writer = new SqliteConnection(ConnectionString);
        await writer.OpenAsync();
        await ExecuteAsync(writer, "PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER);");
        return writer;
    }

    private static async Task<string[]> AskTogetherAsync(DataVersion version, int callers)
    {
        using var start = new Barrier(callers);
        return await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return version.Current();
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
