using System.Globalization;
using Microsoft.Data.Sqlite;
using Taxonomy.Infrastructure.Import;
using Taxonomy.Infrastructure.Releases;
using Taxonomy.Infrastructure.Stix;

namespace Taxonomy.Api.Importing;

/// <summary>
/// <c>import</c>: loads DISARM's two master workbooks into the configured database, prints the
/// report and exits. The workbooks come from a folder, from two paths, or from URLs.
/// </summary>
internal static class ImportCommand
{
    public const string Verb = "import";
    public const string FrameworksFileName = "DISARM_FRAMEWORKS_MASTER.xlsx";
    public const string DataFileName = "DISARM_DATA_MASTER.xlsx";

    /// <summary>Where the DISARM Foundation publishes the master workbooks (its repository's default branch).</summary>
    public const string DefaultFrameworksUrl = "https://github.com/DISARMFoundation/DISARMframeworks/raw/HEAD/DISARM_MASTER_DATA/" + FrameworksFileName;
    public const string DefaultDataUrl = "https://github.com/DISARMFoundation/DISARMframeworks/raw/HEAD/DISARM_MASTER_DATA/" + DataFileName;

    public const int Succeeded = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    public const string Usage = """
        Usage:
          import <folder>                    the folder holding DISARM_FRAMEWORKS_MASTER.xlsx and DISARM_DATA_MASTER.xlsx,
                                             and DISARM's STIX bundle if it holds stix/DISARM.json or DISARM.json
          import <frameworks.xlsx> <data.xlsx> [<DISARM.json>]
                                             the workbooks, and DISARM's STIX bundle of the same release
          import --from-url [<frameworks-url> <data-url>] [--allow-private-urls]
                                             download the workbooks; without URLs, the DISARM Foundation's published ones.
                                             Only https URLs of hosts with public addresses are fetched, redirects
                                             included; --allow-private-urls also fetches http URLs and hosts on
                                             loopback, private or link-local addresses, such as a mirror of your own
          --release <label>                  the label of the release the workbooks hold (1.6, 1.7-curated, ...), by which
                                             ?release= reads it later; without it, the import's date (2026-11-28)
        The database is the one named by ConnectionStrings__Taxonomy.
        """;

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TaxonomyDbContext>();
        var importer = scope.ServiceProvider.GetRequiredService<ITaxonomyImporter>();
        var sources = new List<WorkbookSource>();
        var (label, others) = ReleaseOption(arguments);
        if (label is { Length: > 0 } && !ReleaseLabels.IsValid(label))
        {
            await error.WriteLineAsync($"'{label}' is not a release label: use {ReleaseLabels.Rule}.");
            return UsageError;
        }

        try
        {
            var located = label == "" ? null : await LocateAsync(others, output, cancellationToken);
            if (located is null)
            {
                await error.WriteLineAsync(Usage);
                return UsageError;
            }

            sources.AddRange(located);
            var bundle = sources.ElementAtOrDefault(2);
            await output.WriteLineAsync($"Importing {sources[0].Name} and {sources[1].Name}{(bundle is null ? "" : $", with the STIX ids of {bundle.Name},")} into {DescribeDatabase(db)}");
            var report = await importer.ImportAsync(sources[0], sources[1], bundle, label, cancellationToken);
            await ImportReportWriter.WriteAsync(report, output);
            return Succeeded;
        }
        catch (Exception failure) when (failure is ImportFailedException or ReleaseLabelTakenException)
        {
            await error.WriteLineAsync($"Import failed, nothing was changed. {failure.Message}");
            return Failed;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or HttpRequestException or TaskCanceledException { InnerException: TimeoutException })
        {
            await error.WriteLineAsync($"Import failed, nothing was changed. {failure.Message}");
            return Failed;
        }
        finally
        {
            foreach (var source in sources)
            {
                await source.Content.DisposeAsync();
            }
        }
    }

    /// <summary>The label after --release, "" when --release ends the arguments, or null without it; and the other arguments.</summary>
    private static (string? Label, List<string> Others) ReleaseOption(IReadOnlyList<string> arguments)
    {
        var at = arguments.ToList().IndexOf("--release");
        if (at < 0)
        {
            return (null, arguments.ToList());
        }

        var label = at + 1 < arguments.Count ? arguments[at + 1] : "";
        return (label, arguments.Where((_, i) => i != at && i != at + 1).ToList());
    }

    /// <summary>The two workbooks the arguments name and DISARM's bundle if given, or null when the arguments make no sense.</summary>
    private static async Task<WorkbookSource[]?> LocateAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var allowPrivate = arguments.Contains(WorkbookDownload.AllowPrivateUrlsFlag);
        switch (arguments.Where(argument => argument != WorkbookDownload.AllowPrivateUrlsFlag).ToList())
        {
            case ["--from-url"]:
                return await WorkbookDownload.DownloadAsync(DefaultFrameworksUrl, DefaultDataUrl, allowPrivate, output, cancellationToken);
            case ["--from-url", var frameworksUrl, var dataUrl]:
                return await WorkbookDownload.DownloadAsync(frameworksUrl, dataUrl, allowPrivate, output, cancellationToken);
            case var _ when allowPrivate:
                return null;
            case [var folder] when !folder.StartsWith('-'):
                if (!Directory.Exists(folder))
                {
                    throw new IOException($"There is no folder {Path.GetFullPath(folder)}.");
                }

                var bundle = DisarmBundle.PathsInFolder.Select(path => Path.Combine(folder, path)).FirstOrDefault(File.Exists);
                return [Open(Path.Combine(folder, FrameworksFileName)), Open(Path.Combine(folder, DataFileName)), .. bundle is null ? Array.Empty<WorkbookSource>() : [Open(bundle)]];
            case [var frameworks, var data] when !frameworks.StartsWith('-') && !data.StartsWith('-'):
                return [Open(frameworks), Open(data)];
            case [var frameworks, var data, var stix] when !frameworks.StartsWith('-') && !data.StartsWith('-') && stix.EndsWith(".json", StringComparison.OrdinalIgnoreCase):
                return [Open(frameworks), Open(data), Open(stix)];
            default:
                return null;
        }
    }

    private static WorkbookSource Open(string path) =>
        File.Exists(path)
            ? new WorkbookSource(Path.GetFileName(path), File.OpenRead(path))
            : throw new IOException($"There is no file {Path.GetFullPath(path)}.");

    private static string DescribeDatabase(TaxonomyDbContext db)
    {
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource == ":memory:"
            ? "an in-memory database"
            : string.Create(CultureInfo.InvariantCulture, $"{Path.GetFullPath(dataSource)}");
    }
}
