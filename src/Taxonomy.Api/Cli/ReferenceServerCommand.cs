using System.Text;

namespace Taxonomy.Api.Cli;

/// <summary>
/// <c>reference-server</c>: a bare Kestrel app that answers <c>GET /</c> with a fixed JSON body.
/// bench/run.sh measures it as the ceiling for the API's JSON endpoints, so it has nothing the
/// API's answers pay for: no logging, middleware, database, serialization or MVC.
/// </summary>
internal static class ReferenceServerCommand
{
    public const string Verb = "reference-server";

    /// <summary>
    /// Shaped like a technique and about as large as GET /api/v1/techniques/T0166.003 in DISARM v1.7
    /// (1,686 bytes), so the comparison is not skewed by the size of the answer.
    /// </summary>
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "{\"id\":\"T0000.000\",\"name\":\"Reference body\",\"tacticId\":\"TA00\",\"parentId\":\"T0000\",\"isSubtechnique\":true,\"summary\":\""
        + string.Concat(Enumerable.Repeat("A fixed sentence of the size of a technique summary's. ", 28)).TrimEnd()
        + "\",\"inLatestImport\":true}");

    /// <summary>Serves until SIGTERM or Ctrl-C; takes host options such as <c>--urls</c>.</summary>
    public static async Task<int> RunAsync(string[] arguments)
    {
        var builder = WebApplication.CreateSlimBuilder(arguments);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => Results.Bytes(Body, "application/json; charset=utf-8"));

        await app.StartAsync();
        // Logging is off, so this is how a caller that asked for port 0 learns the port.
        await Console.Out.WriteLineAsync($"Listening on {string.Join(' ', app.Urls)}");
        await app.WaitForShutdownAsync();
        return 0;
    }
}
