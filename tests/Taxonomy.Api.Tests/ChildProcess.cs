using System.Diagnostics;

namespace Taxonomy.Api.Tests;

/// <summary>How the tests start a built executable (the API, its import command, a bench tool) as an operator runs it: as a process of its own.</summary>
internal static class ChildProcess
{
    /// <summary>
    /// The start of <paramref name="dll"/> with <paramref name="arguments"/>, over the SQLite file
    /// <paramref name="databasePath"/>, its output read by the test. The test project references
    /// every executable it runs, so each is built and copied beside the tests.
    /// </summary>
    public static ProcessStartInfo StartInfo(string dll, string workingDirectory, string databasePath, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Taxonomy"] = $"Data Source={databasePath}";

        // As in the test process (see the project file): a run this short never earns back profile-guided
        // JIT's instrumentation, which cost the three importing runs about a fifth of their CPU.
        start.Environment["DOTNET_TieredPGO"] = "0";
        return start;
    }
}
