using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Taxonomy.Api.Tests;

/// <summary>
/// An import cut short by SIGKILL, the one end a server has no say in: the API runs as a process of
/// its own over a copy of the imported release and is killed while it imports an edited variant.
/// The database must then hold either what it held before or what the import, run to its end,
/// leaves: never a part of the import.
/// </summary>
public sealed partial class ImportKillTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("taxonomy-kill-").FullName;

    [Fact]
    public async Task KillingTheServerDuringAnImportLeavesTheDatabaseAsBeforeOrAsAfterTheImport()
    {
        // A tactic renamed: the import changes an object, its versions and search text, besides
        // storing the import and its rows.
        var frameworks = Workbooks.WithSharedString(Workbooks.Frameworks, "Develop Narratives", "Develop and Spread Narratives");
        var before = await DatabaseSnapshot.TakeAsync(await CopyReleaseAsync("before"));

        // What the import leaves when it runs to its end, here in the test's own process, where it
        // takes a fraction of a fresh server's time.
        SortedDictionary<string, List<string>> completed;
        await using (var completedApi = await ImportedDatabase.CopyAsync())
        {
            using var admin = completedApi.CreateAdminClient();
            using var form = Workbooks.Form(frameworks, Workbooks.Data);
            await (await admin.PostAsync("/api/v1/imports", form)).ReadJsonAsync(HttpStatusCode.Created);
            completed = Normalise(await DatabaseSnapshot.TakeAsync(completedApi.DatabasePath));
        }

        Assert.NotEqual(Normalise(before)["tactics"], completed["tactics"]);

        var outcomes = new List<string>();
        // The import's transaction reaches the disk only in its last few hundred ms: SQLite adds
        // frames to the write-ahead log when its page cache spills, and commits with a last frame.
        // Each kill comes that long after the log first grows, while it holds frames of a
        // transaction not yet committed, or just after the commit.
        foreach (var delay in new[] { 0, 100, 300 })
        {
            var path = await CopyReleaseAsync($"killed-{delay}");
            var run = await ImportAsync(path, frameworks, killAfterWriting: TimeSpan.FromMilliseconds(delay));
            await AssertIntactAsync(path);
            var after = await DatabaseSnapshot.TakeAsync(path);

            var unchanged = before.Keys.All(table => before[table].SequenceEqual(after[table]));
            var imported = !unchanged && Normalise(after).All(table => table.Value.SequenceEqual(completed[table.Key]));
            outcomes.Add($"{(run.Status is null ? "killed" : $"answered {(int)run.Status} before the kill,")} {run.Answered.TotalMilliseconds:0} ms in, {delay} ms after the log grew: {(unchanged ? "as before" : imported ? "as imported" : "partly imported")}");
            TestContext.Current.TestOutputHelper?.WriteLine(outcomes[^1]);
            Assert.True(unchanged || imported, $"The database holds part of the import: {string.Join("; ", outcomes)}. {Difference(before, after)}");
            Assert.True(run.Status is null or HttpStatusCode.Created, $"The import answered {run.Status}.");
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Posts the import to a fresh API process, and kills the process that long after the write-ahead log first grows.</summary>
    private static async Task<ImportRun> ImportAsync(string databasePath, byte[] frameworks, TimeSpan killAfterWriting)
    {
        await using var api = await ApiProcess.StartAsync(databasePath);
        using var client = api.CreateAdminClient();
        using var form = Workbooks.Form(frameworks, Workbooks.Data);
        var log = new FileInfo(databasePath + "-wal");
        var logAtStart = log.Exists ? log.Length : 0;

        var clock = Stopwatch.StartNew();
        var request = client.PostAsync("/api/v1/imports", form, TestContext.Current.CancellationToken);
        TimeSpan? writingFrom = null;
        while (!request.IsCompleted)
        {
            log.Refresh();
            if (writingFrom is null && log.Exists && log.Length > logAtStart)
            {
                writingFrom = clock.Elapsed;
            }

            if (writingFrom is not null && clock.Elapsed >= writingFrom + killAfterWriting)
            {
                await api.KillAsync();
                break;
            }

            await Task.Delay(2, TestContext.Current.CancellationToken);
        }

        try
        {
            using var response = await request;
            return new ImportRun(response.StatusCode, clock.Elapsed);
        }
        catch (HttpRequestException)
        {
            return new ImportRun(null, clock.Elapsed);
        }
    }

    private async Task<string> CopyReleaseAsync(string name)
    {
        var path = Path.Combine(_folder, $"{name}.db");
        await ImportedDatabase.CopyToAsync(path);
        return path;
    }

    /// <summary>Opens the file as SQLite does after a crash, replaying what the log committed, and checks it.</summary>
    private static async Task AssertIntactAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check;";
        Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
    }

    /// <summary>
    /// The snapshot with times and durations blanked, which differ between two runs of one import,
    /// and each table's rows sorted again.
    /// </summary>
    private static SortedDictionary<string, List<string>> Normalise(SortedDictionary<string, List<string>> snapshot) =>
        new(
            snapshot.ToDictionary(
                table => table.Key,
                table => table.Value.Select(row => Duration().Replace(Time().Replace(row, "<time>"), "<duration>")).Order(StringComparer.Ordinal).ToList()),
            StringComparer.Ordinal);

    private static string Difference(SortedDictionary<string, List<string>> before, SortedDictionary<string, List<string>> after) =>
        string.Join(", ", before.Keys.Where(table => !before[table].SequenceEqual(after[table])).Select(table => $"{table}: {before[table].Count} rows before, {after[table].Count} after"));

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex Time();

    [GeneratedRegex(@"""durationMilliseconds"":\d+")]
    private static partial Regex Duration();

    /// <summary>How an import went: its answer (none when killed first), and when it ended.</summary>
    private sealed record ImportRun(HttpStatusCode? Status, TimeSpan Answered);
}
