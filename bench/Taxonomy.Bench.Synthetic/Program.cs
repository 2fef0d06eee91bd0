using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Taxonomy.Infrastructure;

namespace Taxonomy.Bench.Synthetic;

// Not top-level statements: ASP.NET Core makes a top-level Program public, and the tests, which
// reference this tool, would then see two Program classes, this one and the API's.
internal static class Program
{
    // The API's import command exits the same way, and bench/run.sh reads both alike.
    private const int Succeeded = 0;
    private const int Failed = 1;
    private const int UsageError = 2;

    private const string Usage = """
        Usage:
          Taxonomy.Bench.Synthetic --scale <N>   N from 1 to 1000; 100 gives about 44,500 techniques,
                                                 25,100 incidents and 502,000 incident→technique mappings
        The database is the one named by ConnectionStrings__Taxonomy (data/taxonomy.db when unset,
        as for the API), and must be empty.
        """;

    public static async Task<int> Main(string[] args)
    {
        // Checked before anything opens the database, so that a mistyped scale leaves no file behind.
        if (args is not ["--scale", var text] || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var scale) || scale is < 1 or > 1000)
        {
            await Console.Error.WriteLineAsync(Usage);
            return UsageError;
        }

        // The API's own registration and migrations: the database is created as the API creates
        // it, and the search index interceptor indexes what is written, as it does the API's writes.
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var services = new ServiceCollection().AddTaxonomyDatabase(configuration).BuildServiceProvider();
        await services.MigrateTaxonomyDatabaseAsync();
        try
        {
            var counts = await new SyntheticData(services.GetRequiredService<IServiceScopeFactory>()).WriteAsync(scale, Console.Out, CancellationToken.None);
            foreach (var (type, count) in counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                await Console.Out.WriteLineAsync($"{type,-22} {count,10}");
            }

            return Succeeded;
        }
        catch (InvalidOperationException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return Failed;
        }
    }
}
