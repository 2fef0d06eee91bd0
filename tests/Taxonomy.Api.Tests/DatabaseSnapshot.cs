using Microsoft.Data.Sqlite;

namespace Taxonomy.Api.Tests;

/// <summary>Every row of every table of a SQLite file, as text, to compare a database before and after.</summary>
internal static class DatabaseSnapshot
{
    public static async Task<SortedDictionary<string, List<string>>> TakeAsync(string databasePath, params string[] exceptTables)
    {
        var snapshot = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables.Except(exceptTables))
        {
            var rows = new List<string>();
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join("\u241F", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }

            rows.Sort(StringComparer.Ordinal);
            snapshot[table] = rows;
        }

        return snapshot;
    }

    public static void AssertEqual(SortedDictionary<string, List<string>> expected, SortedDictionary<string, List<string>> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (table, rows) in expected)
        {
            Assert.True(rows.SequenceEqual(actual[table]), $"Table {table} changed: {rows.Count} rows before, {actual[table].Count} after; first difference: {rows.Except(actual[table]).Concat(actual[table].Except(rows)).FirstOrDefault()}");
        }
    }
}
