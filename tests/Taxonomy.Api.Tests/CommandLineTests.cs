using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Taxonomy.Api.Tests;

/// <summary>
/// The API executable's verbs besides <c>import</c>, and the benchmark's tools in bench/, run as
/// child processes in an empty folder so that any database they created would show.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private const string ApiDll = "Taxonomy.Api.dll";
    private const string ReferenceServerDll = "Taxonomy.Bench.ReferenceServer.dll";

    private readonly string _directory = Directory.CreateTempSubdirectory("taxonomy-cli-").FullName;

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
    public async Task AnUnknownCommandExitsTwoAndNamesItInsteadOfStartingTheApi()
    {
        using var process = Start(ApiDll, "generate-nothing", "--scale", "3");
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));

        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Unknown command 'generate-nothing'", await stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_directory));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Process Start(string dll, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The test project references every executable it runs, so each is built and copied here.
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A database the command opened by mistake would land in the empty folder, where the test looks.
        start.Environment["ConnectionStrings__Taxonomy"] = $"Data Source={Path.Combine(_directory, "taxonomy.db")}";
        return Process.Start(start)!;
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
