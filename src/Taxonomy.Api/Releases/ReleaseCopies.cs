using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Data.Sqlite;
using Taxonomy.Infrastructure;

namespace Taxonomy.Api.Releases;

/// <summary>A release's copy of the database, and the token its cached answers are keyed by.</summary>
internal sealed record ReleaseCopy(string Path, string Token);

/// <summary>
/// Reads of a release go to a copy of the database turned back to the release, so that every
/// route answers as of the release with the same code and indexes as it answers now. A copy is
/// made on the first read of its release: the live database copied page by page, then each object
/// changed since the release put back as its version at the release shows it, objects the release
/// did not hold removed, and later versions and imports dropped. Cost grows with what changed
/// since the release, not with the size of the framework, beyond the copy itself.
/// </summary>
/// <remarks>
/// Versions are only ever added, so a release's copy never goes stale; it is only derived data,
/// kept beside the database (<c>taxonomy-releases/</c> next to <c>taxonomy.db</c>), and deleting
/// it is always safe. Its name carries the schema's last migration, so an upgraded API makes a
/// new one.
/// </remarks>
internal sealed class ReleaseCopies(LiveDatabase live, IServiceScopeFactory scopes, ApplicationPartManager parts, ILogger<ReleaseCopies> logger) : IDisposable
{
    private readonly ConcurrentDictionary<int, Lazy<Task<ReleaseCopy>>> _copies = new();

    // One copy is made at a time, so that readers asking for many releases at once cost one
    // copy's memory and disk traffic at a time, not one per release.
    private readonly SemaphoreSlim _making = new(1, 1);

    /// <summary>The resource controller of each DISARM type, as MVC found them.</summary>
    private IReadOnlyDictionary<DisarmType, Type> Controllers
    {
        get
        {
            var feature = new ControllerFeature();
            parts.PopulateFeature(feature);
            return feature.Controllers.Where(type => typeof(IReleaseRewind).IsAssignableFrom(type)).ToDictionary(type => Disarm.ResourceConventions.TypeOf(type)!, type => type.AsType());
        }
    }

    /// <summary>The release's copy, made now if there is none; concurrent readers of one release share its making.</summary>
    public async Task<ReleaseCopy> GetAsync(Release release, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(release);
        var making = _copies.GetOrAdd(release.ImportId, _ => new Lazy<Task<ReleaseCopy>>(() => Task.Run(() => OpenOrMakeAsync(release))));
        ReleaseCopy copy;
        try
        {
            // The copy is made whoever waits for it: a reader that gives up does not waste it for the next.
            copy = await making.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (making.Value.IsFaulted)
        {
            _copies.TryRemove(new KeyValuePair<int, Lazy<Task<ReleaseCopy>>>(release.ImportId, making));
            throw;
        }

        // Copies are derived data that anyone may delete: one that has gone is made again.
        if (!File.Exists(copy.Path))
        {
            _copies.TryRemove(new KeyValuePair<int, Lazy<Task<ReleaseCopy>>>(release.ImportId, making));
            return await GetAsync(release, cancellationToken);
        }

        return copy;
    }

    private async Task<ReleaseCopy> OpenOrMakeAsync(Release release)
    {
        await using var scope = scopes.CreateAsyncScope();
        var schema = scope.ServiceProvider.GetRequiredService<TaxonomyDbContext>().Database.GetMigrations().Last();
        var folder = Folder();
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"import-{release.ImportId}-{schema[..14]}.db"));
        await _making.WaitAsync();
        try
        {
            if (!File.Exists(path))
            {
                await MakeAtAsync(release, folder, path, scope.ServiceProvider);
            }
        }
        finally
        {
            _making.Release();
        }

        return new ReleaseCopy(path, string.Create(CultureInfo.InvariantCulture, $"release-{release.ImportId}-{File.GetLastWriteTimeUtc(path).Ticks}"));
    }

    private async Task MakeAtAsync(Release release, string folder, string path, IServiceProvider services)
    {
        Directory.CreateDirectory(folder);
        var started = TimeProvider.System.GetTimestamp();
        var making = $"{path}.{Guid.NewGuid():N}.making";
        try
        {
            await MakeAsync(release, making, services);
            File.Move(making, path, overwrite: true);
        }
        finally
        {
            File.Delete(making);
        }

        logger.LogInformation("Made the copy of release {Release} in {Milliseconds} ms", release.Label, (long)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task MakeAsync(Release release, string path, IServiceProvider services)
    {
        await using (var source = new SqliteConnection(live.ConnectionString))
        await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            await source.OpenAsync();
            await target.OpenAsync();
            source.BackupDatabase(target);
        }

        await using var copy = DependencyInjection.OpenCopy(path);
        var position = release.Position;
        var changed = await copy.Versions.AsNoTracking().Where(v => v.Id > position).Select(v => new { v.Type, v.ObjectId }).Distinct().ToListAsync();
        var asOfRelease = await copy.Versions.FromSql($"""
            SELECT * FROM versions WHERE Id IN (
                SELECT MAX(Id) FROM versions
                WHERE Id <= {position} AND (Type, ObjectId) IN (SELECT Type, ObjectId FROM versions WHERE Id > {position})
                GROUP BY Type, ObjectId)
            """).AsNoTracking().ToListAsync();
        var controllers = Controllers;
        foreach (var type in DisarmTypes.All)
        {
            var controller = (IReleaseRewind)ActivatorUtilities.CreateInstance(services, controllers[type], copy);
            await controller.RewindAsync(
                copy,
                changed.Where(c => c.Type == type.Resource).Select(c => c.ObjectId).ToList(),
                asOfRelease.Where(v => v.Type == type.Resource).ToList(),
                CancellationToken.None);
        }

        await copy.Database.ExecuteSqlAsync($"DELETE FROM versions WHERE Id > {position}");

        // The history of an object the release does not hold is not part of it: the STIX bundle,
        // the change feed and history are read from the versions.
        foreach (var type in DisarmTypes.All)
        {
            var notHeld = "DELETE FROM versions WHERE Type = {0} AND ObjectId NOT IN (SELECT CAST(Id AS TEXT) FROM \"" + copy.Model.FindEntityType(type.Entity)!.GetTableName() + "\")";
            await copy.Database.ExecuteSqlRawAsync(notHeld, type.Resource);
        }

        await copy.Database.ExecuteSqlAsync($"DELETE FROM imported_rows WHERE ImportId > {release.ImportId}");
        await copy.Database.ExecuteSqlAsync($"DELETE FROM imports WHERE Id > {release.ImportId}");

        // Read-only connections cannot open a database in write-ahead-log mode without its shared-memory file.
        await copy.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=DELETE;");
    }

    public void Dispose() => _making.Dispose();

    /// <summary>Where the copies of a database file's releases are kept: taxonomy-releases/ beside taxonomy.db.</summary>
    public static string FolderBeside(string databaseFile) =>
        Path.Combine(Path.GetDirectoryName(databaseFile)!, Path.GetFileNameWithoutExtension(databaseFile) + "-releases");

    private string Folder() =>
        live.FilePath is { } file
            ? FolderBeside(file)
            : Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"taxonomy-releases-{Environment.ProcessId}"));
}
