using System.Diagnostics;
using System.Net.Http.Headers;

namespace Taxonomy.Api.Tests;

/// <summary>
/// The built API as a server process of its own, as an operator runs it, over a given SQLite file
/// and listening on a free loopback port, with one admin key.
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private const string ListeningOn = "Now listening on: ";

    private readonly Process _process;
    private readonly Task _drained;

    private ApiProcess(Process process, Uri address, Task drained)
    {
        _process = process;
        Address = address;
        _drained = drained;
    }

    public Uri Address { get; }

    public static async Task<ApiProcess> StartAsync(string databasePath)
    {
        var start = ChildProcess.StartInfo("Taxonomy.Api.dll", Path.GetDirectoryName(databasePath)!, databasePath, ["--urls", "http://127.0.0.1:0"]);
        start.Environment["Taxonomy__AdminApiKeys__0"] = TaxonomyApiFactory.AdminKey;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var process = Process.Start(start)!;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(1));
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync(timeout.Token)) is not null && !line.Contains(ListeningOn, StringComparison.Ordinal))
            {
            }

            if (line is null)
            {
                Assert.Fail($"The API exited before listening: {await process.StandardError.ReadToEndAsync(timeout.Token)}");
            }

            var address = new Uri(line[(line.IndexOf(ListeningOn, StringComparison.Ordinal) + ListeningOn.Length)..].Trim());

            // Read on, so that the process never blocks on a full pipe.
            var drained = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            return new ApiProcess(process, address, drained);
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }
    }

    public HttpClient CreateAdminClient()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("X-Api-Key", TaxonomyApiFactory.AdminKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>Ends the process with SIGKILL, which it cannot catch, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        await _drained;
        _process.Dispose();
    }
}
