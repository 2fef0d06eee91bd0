using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Taxonomy.Api.Tests;

/// <summary>
/// The API executable's command line besides <c>import</c>, and the benchmark's tools in bench/, run as
/// child processes in an empty folder so that any database they created would show.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private const string ApiDll = "Taxonomy.Api.dll";
    private const string ReferenceServerDll = "Taxonomy.Bench.ReferenceServer.dll";
    private const string SyntheticDll = "Taxonomy.Bench.Synthetic.dll";

    private readonly string _directory = Directory.CreateTempSubdirectory("taxonomy-cli-").FullName;

    private string DatabasePath => Path.Combine(_directory, "taxonomy.db");

    [Fact]
    public async Task ReferenceServerAnswersWithAFixedJsonBodyTheSizeOfATechnique()
    {
        using var process = Start(ReferenceServerDll, "--urls", "http://127.0.0.1:0");
        try
        {
            var url = await ReadListeningUrlAsync(process);
            using var client = new HttpClient();

            using var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("T0000.000", body.RootElement.GetProperty("id").GetString());
            Assert.InRange(response.Content.Headers.ContentLength ?? 0, 1500, 2000);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task SyntheticToolFillsTheConfiguredDatabaseForTheApiAndRefusesToFillItTwice()
    {
        var first = await RunAsync(SyntheticDll, "--scale", "1");
        var second = await RunAsync(SyntheticDll, "--scale", "1");

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Matches(@"(?m)^techniques\s+445$", first.Stdout);
        Assert.Matches(@"(?m)^incidents\s+251$", first.Stdout);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already holds techniques", second.Stderr);
        // The API migrates the file on start, which fails on tables it did not create itself, and
        // search finds the techniques only if the tool's writes went through the search indexer.
        await using var api = new TaxonomyApiFactory().With("ConnectionStrings:Taxonomy", $"Data Source={DatabasePath}");
        using var client = api.CreateClient();
        var found = await (await client.GetAsync("/api/v1/search?q=synthetic&types=techniques&pageSize=1")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(445, (int)found["totalCount"]!);
    }

    [Theory]
    [InlineData]
    [InlineData("--scale", "0")]
    [InlineData("--scale", "1001")]
    [InlineData("--scale", "two")]
    [InlineData("--size", "2")]
    public async Task SyntheticToolRefusesABadScaleWithExitTwoBeforeCreatingADatabase(params string[] arguments)
    {
        var result = await RunAsync(SyntheticDll, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage", result.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_directory));
    }

    [Fact]
    public async Task AnUnknownCommandExitsTwoAndNamesItInsteadOfStartingTheApi()
    {
        var result = await RunAsync(ApiDll, "generate-nothing", "--scale", "3");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown command 'generate-nothing'", result.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_directory));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public async Task HelpListsTheImportCommandAndExitsZeroWithoutStartingTheApi(string help)
    {
        var result = await RunAsync(ApiDll, help);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("Usage:", result.Stdout);
        Assert.Matches(@"(?m)^\s+import\b", result.Stdout);
        Assert.Contains("--urls", result.Stdout);
        Assert.Empty(result.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_directory));
    }

    [Fact]
    public async Task TheApiReadsAspNetCoreSettingsFromItsArgumentsInBothForms()
    {
        var databasePath = Path.Combine(_directory, "from-argument.db");

        using var process = Start(ApiDll, "--urls", "http://127.0.0.1:0", $"--ConnectionStrings:Taxonomy=Data Source={databasePath}");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(1));
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync(timeout.Token)) is not null && !line.Contains("Now listening on: http://127.0.0.1:", StringComparison.Ordinal))
            {
            }

            if (line is null)
            {
                Assert.Fail($"The API exited before listening: {await process.StandardError.ReadToEndAsync(timeout.Token)}");
            }

            Assert.True(File.Exists(databasePath));
            Assert.False(File.Exists(DatabasePath));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private Process Start(string dll, params string[] arguments)
    {
        // A database the command opened by mistake would land in the empty folder, where the test looks.
        return Process.Start(ChildProcess.StartInfo(dll, _directory, DatabasePath, arguments))!;
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string dll, params string[] arguments)
    {
        using var process = Start(dll, arguments);
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

    private static async Task<Uri> ReadListeningUrlAsync(Process process)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        Assert.NotNull(line);
        Assert.StartsWith("Listening on http://127.0.0.1:", line);
        return new Uri(line["Listening on ".Length..]);
    }
}
