using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Taxonomy.Infrastructure.Import;
using Taxonomy.Infrastructure.Releases;
using Taxonomy.Infrastructure.Stix;

namespace Taxonomy.Api.Importing;

/// <summary>
/// <c>import</c>: loads DISARM's two master workbooks into the configured database, prints the
/// report and exits. The workbooks come from a folder, from two paths, or from URLs. The parser
/// checks the arguments (<see cref="Define"/>) before Program opens the database.
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

    /// <summary>The command, its options and its help; <paramref name="run"/> gets what it was asked once the arguments are checked.</summary>
    public static Command Define(Action<ImportArguments> run)
    {
        var sources = new Argument<string[]>("sources")
        {
            Arity = new ArgumentArity(0, 3),
            Description = $"""
                <folder>: the folder holding {FrameworksFileName} and {DataFileName},
                  and DISARM's STIX bundle if it holds {string.Join(" or ", DisarmBundle.PathsInFolder)};
                or <frameworks.xlsx> <data.xlsx> [<DISARM.json>]: the workbooks, and DISARM's STIX bundle of the same release;
                or, with --from-url, <frameworks-url> <data-url>
                """,
        };
        var fromUrl = new Option<bool>("--from-url")
        {
            Description = """
                Download the workbooks: from the two URLs given, or without URLs the DISARM Foundation's published ones.
                Only https URLs of hosts with public addresses are fetched, redirects included.
                """,
        };
        var allowPrivateUrls = new Option<bool>(WorkbookDownload.AllowPrivateUrlsFlag)
        {
            Description = "With --from-url, also fetch http URLs and hosts on loopback, private or link-local addresses, such as a mirror of your own.",
        };
        var release = new Option<string>("--release")
        {
            HelpName = "label",
            Description = """
                The label of the release the workbooks hold (1.6, 1.7-curated, ...), by which ?release= reads it later;
                without it, the import's date, such as 2026-11-28.
                """,
        };
        release.Validators.Add(result =>
        {
            var label = result.GetValueOrDefault<string>();
            if (!ReleaseLabels.IsValid(label))
            {
                result.AddError($"'{label}' is not a release label: use {ReleaseLabels.Rule}.");
            }
        });

        var command = new Command(Verb, """
            Loads DISARM's two master workbooks into the database named by ConnectionStrings__Taxonomy, prints the report and exits:
            0 when imported, 1 when the import failed and nothing was changed, 2 on wrong arguments.
            Settings are read from arguments of the form --Key=value too, such as --ConnectionStrings:Taxonomy="Data Source=taxonomy.db".
            """)
        {
            sources, fromUrl, allowPrivateUrls, release,
        };
        command.Validators.Add(result =>
        {
            if (Mistake(result.GetValue(sources) ?? [], result.GetValue(fromUrl), result.GetValue(allowPrivateUrls)) is { } mistake)
            {
                result.AddError(mistake);
            }
        });
        command.SetAction(result => run(new ImportArguments(result.GetValue(sources) ?? [], result.GetValue(fromUrl), result.GetValue(allowPrivateUrls), result.GetValue(release))));
        return command;
    }

    /// <summary>What is wrong with the sources named, or null. The parser hands an option it does not know to the sources.</summary>
    private static string? Mistake(string[] sources, bool fromUrl, bool allowPrivateUrls) =>
        sources.FirstOrDefault(source => source.StartsWith('-')) is { } option ? $"Unrecognized option '{option}'."
        : fromUrl && sources.Length is not (0 or 2) ? "--from-url takes no URL (the DISARM Foundation's workbooks) or two: the frameworks workbook's and the data workbook's."
        : fromUrl ? null
        : allowPrivateUrls ? $"{WorkbookDownload.AllowPrivateUrlsFlag} applies to --from-url only."
        : sources is [] ? "Name the folder holding the workbooks, the two workbooks, or --from-url."
        : sources is [_, _, var bundle] && !bundle.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? $"'{bundle}' is not DISARM's STIX bundle: the third file, after the two workbooks, is a .json file."
        : null;

    public static async Task<int> RunAsync(IServiceProvider services, ImportArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TaxonomyDbContext>();
        var importer = scope.ServiceProvider.GetRequiredService<ITaxonomyImporter>();
        var sources = new List<WorkbookSource>();
        try
        {
            sources.AddRange(await LocateAsync(arguments, output, cancellationToken));
            var bundle = sources.ElementAtOrDefault(2);
            await output.WriteLineAsync($"Importing {sources[0].Name} and {sources[1].Name}{(bundle is null ? "" : $", with the STIX ids of {bundle.Name},")} into {DescribeDatabase(db)}");
            var report = await importer.ImportAsync(sources[0], sources[1], bundle, arguments.Release, cancellationToken);
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

    /// <summary>The two workbooks the arguments name and DISARM's bundle if given.</summary>
    private static async Task<WorkbookSource[]> LocateAsync(ImportArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.FromUrl)
        {
            var (frameworksUrl, dataUrl) = arguments.Sources is [var frameworks, var data] ? (frameworks, data) : (DefaultFrameworksUrl, DefaultDataUrl);
            return await WorkbookDownload.DownloadAsync(frameworksUrl, dataUrl, arguments.AllowPrivateUrls, output, cancellationToken);
        }

        switch (arguments.Sources)
        {
            case [var folder]:
                if (!Directory.Exists(folder))
                {
                    throw new IOException($"There is no folder {Path.GetFullPath(folder)}.");
                }

                var bundle = DisarmBundle.PathsInFolder.Select(path => Path.Combine(folder, path)).FirstOrDefault(File.Exists);
                return [Open(Path.Combine(folder, FrameworksFileName)), Open(Path.Combine(folder, DataFileName)), .. bundle is null ? Array.Empty<WorkbookSource>() : [Open(bundle)]];
            case [var frameworks, var data]:
                return [Open(frameworks), Open(data)];
            case [var frameworks, var data, var stix]:
                return [Open(frameworks), Open(data), Open(stix)];
            default:
                throw new ArgumentException("Name a folder or the workbooks.", nameof(arguments));
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
