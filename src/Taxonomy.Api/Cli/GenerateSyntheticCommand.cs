using System.Globalization;
using Taxonomy.Infrastructure.Synthetic;

namespace Taxonomy.Api.Cli;

/// <summary>
/// <c>generate-synthetic --scale N</c>: fills an empty database with a synthetic data set shaped
/// like DISARM at N times its size, for benchmarks at scale.
/// </summary>
internal static class GenerateSyntheticCommand
{
    public const string Verb = "generate-synthetic";

    public const string Usage = """
        Usage:
          generate-synthetic --scale <N>     N from 1 to 1000; 100 gives about 44,500 techniques,
                                             25,100 incidents and 502,000 incident→technique mappings
        The database is the one named by ConnectionStrings__Taxonomy, and must be empty.
        """;

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (arguments is not ["--scale", var text] || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var scale) || scale is < 1 or > 1000)
        {
            await error.WriteLineAsync(Usage);
            return ImportCommand.UsageError;
        }

        try
        {
            var counts = await services.GetRequiredService<SyntheticData>().WriteAsync(scale, output, cancellationToken);
            foreach (var (sheet, count) in counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                await output.WriteLineAsync($"{sheet,-22} {count,10}");
            }

            return ImportCommand.Succeeded;
        }
        catch (InvalidOperationException refused)
        {
            await error.WriteLineAsync(refused.Message);
            return ImportCommand.Failed;
        }
    }
}
