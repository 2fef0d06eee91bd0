using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Taxonomy.Infrastructure.History;
using Taxonomy.Infrastructure.Import;
using Taxonomy.Infrastructure.Persistence;
using Taxonomy.Infrastructure.Search;

namespace Taxonomy.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Taxonomy";
    public const string DefaultConnectionString = "Data Source=data/taxonomy.db";

    /// <summary>
    /// Registers the SQLite database named by <c>ConnectionStrings:Taxonomy</c>, or a file under
    /// <c>data/</c> when none is configured.
    /// </summary>
    public static IServiceCollection AddTaxonomyDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = DefaultConnectionString;
        }

        services.AddDbContext<TaxonomyDbContext>((provider, options) => options.UseSqlite(provider.GetRequiredService<DatabaseScope>().ConnectionString).AddInterceptors(
            OneConnectionPerScope.Instance,
            new SearchIndexer(),
            new VersionRecorder(provider.GetService<IResourceSnapshots>(), provider.GetRequiredService<TimeProvider>())));
        services.AddScoped<ReferrerFinder>();
        services.AddSingleton(_ => new DataVersion(connectionString));
        services.AddSingleton(new LiveDatabase(connectionString));
        services.AddScoped(provider => new DatabaseScope(connectionString, provider.GetRequiredService<DataVersion>()));
        services.AddScoped<ITaxonomyImporter, TaxonomyImporter>();
        services.AddOptions<ImportLimits>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// A context on a copy of the database being changed outside the version history (a release's
    /// copy being turned back): it keeps the search index, but no versions, and checks no foreign
    /// keys, since objects are removed and added back in whatever order their types come.
    /// </summary>
    public static TaxonomyDbContext OpenCopy(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = false, Pooling = false }.ToString();
        return new TaxonomyDbContext(new DbContextOptionsBuilder<TaxonomyDbContext>().UseSqlite(connectionString).AddInterceptors(new SearchIndexer()).Options);
    }

    /// <summary>
    /// Creates the database file's folder, applies pending migrations and switches the file to
    /// write-ahead logging, so readers never wait for a writer.
    /// </summary>
    public static async Task MigrateTaxonomyDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TaxonomyDbContext>();
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && !string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
