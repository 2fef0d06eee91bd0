using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Tests;

/// <summary>
/// The real API over a SQLite file of its own, with one admin key configured. The file starts as a
/// copy of one the API migrated at start-up, as in production, once per test run: applying every
/// migration to each test's file took a few seconds of the suite's CPU for nothing.
/// <see cref="OverNoFile"/> starts from no file, for the tests of migrating one.
/// </summary>
public sealed class TaxonomyApiFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-0123456789";

    private static readonly Lazy<string> Migrated = new(MigrateTemplate);

    private readonly Dictionary<string, string?> _settings = [];

    public TaxonomyApiFactory()
        : this(Migrated.Value)
    {
    }

    private TaxonomyApiFactory(string? template)
    {
        DatabasePath = Path.Combine(Path.GetTempPath(), $"taxonomy-test-{Guid.NewGuid():N}.db");
        _settings["ConnectionStrings:Taxonomy"] = $"Data Source={DatabasePath}";
        _settings["Taxonomy:AdminApiKeys:0"] = AdminKey;

        // The suite renders all 958 pages and sends every write route wrong keys, all as one
        // client; LimitsTests sets these limits low to test them.
        _settings["Taxonomy:Limits:ExpensiveReadBurst"] = "1000000";
        _settings["Taxonomy:Limits:ExpensiveReadsPerSecond"] = "1000000";
        _settings["Taxonomy:Limits:FailedKeysPerMinute"] = "1000000";
        if (template is not null)
        {
            File.Copy(template, DatabasePath);
        }
    }

    public string DatabasePath { get; }

    /// <summary>An API whose database file does not exist until it starts.</summary>
    public static TaxonomyApiFactory OverNoFile() => new(template: null);

    /// <summary>An API over a copy of the database file at <paramref name="template"/>.</summary>
    public static TaxonomyApiFactory OverCopyOf(string template) => new(template);

    /// <summary>What the API logged, once <see cref="CaptureLogs"/> asked for it before the host started.</summary>
    public CapturedLogs? Logs { get; private set; }

    public TaxonomyApiFactory CaptureLogs()
    {
        Logs = new CapturedLogs();
        return this;
    }

    /// <summary>Overrides a setting before the host starts; null removes it.</summary>
    public TaxonomyApiFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public Task<T> WithDbAsync<T>(Func<TaxonomyDbContext, Task<T>> action) => WithAsync(action);

    /// <summary>Runs <paramref name="action"/> with one of the API's scoped services, as a request would get it.</summary>
    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, not ConfigureAppConfiguration: Program reads its settings while building.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (Logs is { } logs)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }

    /// <summary>Folds the write-ahead log into the database file, so that the file alone holds the data, and copies it to <paramref name="path"/>.</summary>
    public void CopyDatabaseTo(string path)
    {
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }

        File.Copy(DatabasePath, path);
    }

    /// <summary>A database file as the API leaves it once started over no file, deleted when the run ends.</summary>
    private static string MigrateTemplate()
    {
        var path = Path.Combine(Path.GetTempPath(), $"taxonomy-migrated-{Guid.NewGuid():N}.db");
        var factory = OverNoFile();
        try
        {
            _ = factory.Services;
            factory.CopyDatabaseTo(path);
        }
        finally
        {
            factory.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }

        // The copies releases are read from, beside the database (ReleaseCopies).
        var releases = Releases.ReleaseCopies.FolderBeside(DatabasePath);
        if (Directory.Exists(releases))
        {
            Directory.Delete(releases, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
