using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Taxonomy.Api.Tests;

/// <summary>
/// The <c>import</c> verb as an operator runs it: the built API as a child process, in a temporary
/// folder of its own, over the SQLite file <see cref="DatabasePath"/> in that folder.
/// </summary>
internal sealed class ImportCommandProcess : IDisposable
{
    public const int TechniquesInRelease = 445;
    public const int IncidentsInRelease = 251;

    public string Folder { get; } = Directory.CreateTempSubdirectory("taxonomy-import-").FullName;

    public string DatabasePath => Path.Combine(Folder, "taxonomy.db");

    /// <summary>Environment variables for the runs, besides the connection string.</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments)
    {
        var start = ChildProcess.StartInfo("Taxonomy.Api.dll", Folder, DatabasePath, ["import", .. arguments]);
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>A report line's numbers: in release, created, updated, unchanged, not in release.</summary>
    public static int[] ReportedCounts(string report, string type)
    {
        var columns = report.Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Single(cells => cells.Length == 6 && cells[0] == type);
        return columns.Skip(1).Select(int.Parse).ToArray();
    }

    public async Task<long> CountRowsAsync(string table)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Serves the DISARM workbooks by file name on a free loopback port, and 404 for anything else.</summary>
    public static async Task<WebApplication> StartWorkbookServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/{name}", (string name) => name is DisarmData.FrameworksFileName or DisarmData.DataFileName
            ? Results.File(Path.Combine(DisarmData.Folder, name), "application/octet-stream")
            : Results.NotFound());
        await app.StartAsync();
        return app;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
