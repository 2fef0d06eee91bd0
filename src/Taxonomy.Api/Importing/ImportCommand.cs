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
/// checks the arguments (<see cref="Define"/>) and <see cref="OpenFiles"/> opens local files
/// before Program opens the database.
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

    /// <summary>
    /// Opens the workbooks and bundle that local sources name, before Program opens the database:
    /// a missing file fails the command at once, and creates or migrates no database.
    /// </summary>
    /// <returns>The opened sources; none when they are downloaded (<see cref="ImportArguments.FromUrl"/>), which takes the host's services.</returns>
    /// <exception cref="IOException">A folder or file named does not exist, or cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file named may not be read.</exception>
    public static WorkbookSource[] OpenFiles(ImportArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        switch (arguments)
        {
            case { FromUrl: true }:
                return [];
            case { Sources: [var folder] }:
                if (!Directory.Exists(folder))
                {
                    throw new IOException($"There is no folder {Path.GetFullPath(folder)}.");
                }

                var bundle = DisarmBundle.PathsInFolder.Select(path => Path.Combine(folder, path)).FirstOrDefault(File.Exists);
                return OpenAll([Path.Combine(folder, FrameworksFileName), Path.Combine(folder, DataFileName), .. bundle is null ? Array.Empty<string>() : [bundle]]);
            case { Sources: [_, _] or [_, _, _] }:
                return OpenAll(arguments.Sources);
            default:
                throw new ArgumentException("Name a folder or the workbooks.", nameof(arguments));
        }
    }

    /// <summary>Prints why the import failed; nothing was changed.</summary>
    public static async Task<int> FailAsync(TextWriter error, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(failure);
        await error.WriteLineAsync($"Import failed, nothing was changed. {failure.Message}");
        return Failed;
    }

    /// <summary>Imports <paramref name="opened"/> (see <see cref="OpenFiles"/>), or the workbooks downloaded now, and disposes of them.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, ImportArguments arguments, WorkbookSource[] opened, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TaxonomyDbContext>();
        var importer = scope.ServiceProvider.GetRequiredService<ITaxonomyImporter>();
        var sources = new List<WorkbookSource>(opened);
        try
        {
            if (arguments.FromUrl)
            {
                var (frameworksUrl, dataUrl) = arguments.Sources is [var frameworks, var data] ? (frameworks, data) : (DefaultFrameworksUrl, DefaultDataUrl);
                sources.AddRange(await WorkbookDownload.DownloadAsync(frameworksUrl, dataUrl, arguments.AllowPrivateUrls, output, cancellationToken));
            }

            var bundle = sources.ElementAtOrDefault(2);
            await output.WriteLineAsync($"Importing {sources[0].Name} and {sources[1].Name}{(bundle is null ? "" : $", with the STIX ids of {bundle.Name},")} into {DescribeDatabase(db)}");
            var report = await importer.ImportAsync(sources[0], sources[1], bundle, arguments.Release, cancellationToken);
            await ImportReportWriter.WriteAsync(report, output);
            return Succeeded;
        }
        catch (Exception failure) when (failure is ImportFailedException or ReleaseLabelTakenException
            or IOException or UnauthorizedAccessException or HttpRequestException or TaskCanceledException { InnerException: TimeoutException })
        {
            return await FailAsync(error, failure);
        }
        finally
        {
            foreach (var source in sources)
            {
                await source.Content.DisposeAsync();
            }
        }
    }

    /// <summary>Opens every file, or none: one missing closes those opened before it.</summary>
    private static WorkbookSource[] OpenAll(IEnumerable<string> paths)
    {
        var opened = new List<WorkbookSource>();
        try
        {
            foreach (var path in paths)
            {
                opened.Add(Open(path));
            }

            return [.. opened];
        }
        catch
        {
            opened.ForEach(source => source.Content.Dispose());
            throw;
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
