using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Taxonomy.Api.Tests;

/// <summary>
/// The <c>import</c> verb as an operator runs it: the built API as a child process over a fresh
/// SQLite file, or over a copy of the release imported through the API where a test needs one
/// imported before, checked by exit code, output and the rows in the file.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private const int TechniquesInRelease = 445;
    private const int IncidentsInRelease = 251;

    private readonly string _directory = Directory.CreateTempSubdirectory("taxonomy-import-").FullName;

    private string DatabasePath => Path.Combine(_directory, "taxonomy.db");

    [Fact]
    public async Task ImportingAFolderLoadsTheFrameworkAndExitsZero()
    {
        var result = await RunImportAsync(DisarmData.Folder);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal([TechniquesInRelease, TechniquesInRelease, 0, 0, 0], ReportedCounts(result.Stdout, "techniques"));
        Assert.Contains("Import 1 done in", result.Stdout);
        Assert.Equal(TechniquesInRelease, await CountRowsAsync("techniques"));
        Assert.Equal(IncidentsInRelease, await CountRowsAsync("incidents"));
    }

    [Fact]
    public async Task ImportingTheSameWorkbooksAgainChangesNothing()
    {
        await ImportedDatabase.CopyToAsync(DatabasePath);
        var before = await DatabaseSnapshot.TakeAsync(DatabasePath, "imports", "imported_rows");

        var result = await RunImportAsync(DisarmData.FrameworksPath, DisarmData.DataPath);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal([TechniquesInRelease, 0, 0, TechniquesInRelease, 0], ReportedCounts(result.Stdout, "techniques"));
        Assert.Contains("Import 2 done in", result.Stdout);
        Assert.Equal(TechniquesInRelease, await CountRowsAsync("techniques"));
        DatabaseSnapshot.AssertEqual(before, await DatabaseSnapshot.TakeAsync(DatabasePath, "imports", "imported_rows"));
    }

    [Fact]
    public async Task ImportingFromUrlsDownloadsTheWorkbooksAndLoadsThem()
    {
        await using var server = await StartWorkbookServerAsync();
        var baseUrl = server.Urls.Single();

        var result = await RunImportAsync("--from-url", $"{baseUrl}/{DisarmData.FrameworksFileName}", $"{baseUrl}/{DisarmData.DataFileName}");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(TechniquesInRelease, await CountRowsAsync("techniques"));
    }

    [Fact]
    public async Task ImportingFromAUrlThatAnswersNotFoundFailsAndImportsNothing()
    {
        await using var server = await StartWorkbookServerAsync();
        var baseUrl = server.Urls.Single();

        var result = await RunImportAsync("--from-url", $"{baseUrl}/{DisarmData.FrameworksFileName}", $"{baseUrl}/missing.xlsx");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Import failed, nothing was changed.", result.Stderr);
        Assert.Contains("404", result.Stderr);
        Assert.Equal(0, await CountRowsAsync("techniques"));
    }

    [Fact]
    public async Task ImportingAFolderThatDoesNotExistFailsAndNamesIt()
    {
        var folder = Path.Combine(_directory, "no-such-folder");

        var result = await RunImportAsync(folder);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Import failed, nothing was changed.", result.Stderr);
        Assert.Contains(folder, result.Stderr);
    }

    [Fact]
    public async Task ImportingAFolderWithoutTheWorkbooksFailsAndNamesTheMissingFile()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "empty")).FullName;

        var result = await RunImportAsync(folder);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Import failed, nothing was changed.", result.Stderr);
        Assert.Contains(DisarmData.FrameworksFileName, result.Stderr);
    }

    [Fact]
    public async Task ImportingATextFileAsAWorkbookFailsAndLeavesTheEarlierImportIntact()
    {
        await ImportedDatabase.CopyToAsync(DatabasePath);
        var before = await DatabaseSnapshot.TakeAsync(DatabasePath);
        var textFile = Path.Combine(_directory, "frameworks.xlsx");
        await File.WriteAllTextAsync(textFile, "not a workbook", TestContext.Current.CancellationToken);

        var result = await RunImportAsync(textFile, DisarmData.DataPath);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Import failed, nothing was changed.", result.Stderr);
        Assert.Contains("frameworks.xlsx", result.Stderr);
        Assert.Contains("not a readable .xlsx", result.Stderr);
        Assert.Equal(TechniquesInRelease, await CountRowsAsync("techniques"));
        Assert.Equal(IncidentsInRelease, await CountRowsAsync("incidents"));
        DatabaseSnapshot.AssertEqual(before, await DatabaseSnapshot.TakeAsync(DatabasePath));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b c")]
    [InlineData("--from-url http://127.0.0.1/only-one.xlsx")]
    public async Task ImportWithBadArgumentsPrintsUsageAndExitsTwo(string arguments)
    {
        var result = await RunImportAsync(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage", result.Stderr);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunImportAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Taxonomy.Api.dll"));
        start.ArgumentList.Add("import");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Taxonomy"] = $"Data Source={DatabasePath}";

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
    private static int[] ReportedCounts(string report, string type)
    {
        var columns = report.Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Single(cells => cells.Length == 6 && cells[0] == type);
        return columns.Skip(1).Select(int.Parse).ToArray();
    }

    private async Task<long> CountRowsAsync(string table)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Serves the DISARM workbooks by file name on a free loopback port, and 404 for anything else.</summary>
    private static async Task<WebApplication> StartWorkbookServerAsync()
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
}
