using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Catalog;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Infrastructure.History;

/// <summary>
/// Keeps a version of every DISARM object a save changes, whoever saves (an API write, an import,
/// a restore, the synthetic generator), in the same transaction as the change: the object's
/// resource as the API shows it, who made the change and how. An object whose resource comes out
/// the same as its latest version gets no new version, so importing the same workbooks again adds
/// none. The object's <see cref="DisarmObject.Version"/> is its optimistic-concurrency token: a
/// save that lost a race to another writer fails instead of overwriting its change.
/// </summary>
internal sealed class VersionRecorder(IResourceSnapshots? snapshots, TimeProvider time) : SaveChangesInterceptor
{
    private static readonly string[] Stamps = ["version", "modified"];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TaxonomyDbContext db && snapshots is not null)
        {
            await RecordAsync(db, snapshots, cancellationToken);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TaxonomyDbContext { VersioningTransaction: { } transaction } db)
        {
            db.VersioningTransaction = null;
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TaxonomyDbContext { VersioningTransaction: { } transaction } db)
        {
            db.VersioningTransaction = null;
            await transaction.DisposeAsync();
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is TaxonomyDbContext && snapshots is not null
            ? throw new InvalidOperationException("Save asynchronously: keeping versions reads the database.")
            : result;

    private async Task RecordAsync(TaxonomyDbContext db, IResourceSnapshots resources, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var changed = ChangedObjects(db);
        if (changed.Count == 0)
        {
            return;
        }

        // The version numbers and reference ids read below must not change before this save
        // commits: a transaction of its own, begun here, holds SQLite's write lock until then.
        if (db.Database.CurrentTransaction is null)
        {
            db.VersioningTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        }

        await NumberNewReferencesAsync(db, changed, cancellationToken);
        var now = Microseconds(time.GetUtcNow().UtcDateTime);
        foreach (var ofType in changed.GroupBy(entry => DisarmTypes.Of(entry.Entity.GetType())!))
        {
            var type = ofType.Key;
            var ids = ofType.Select(entry => type.ApiIdOf(entry.Entity)).ToList();
            var latest = await LatestAsync(db, type.Resource, ids, cancellationToken);
            foreach (var entry in ofType)
            {
                var id = type.ApiIdOf(entry.Entity);
                var previous = latest.GetValueOrDefault(id);
                var resource = resources.Snapshot(entry.Entity);
                if (entry.State != EntityState.Deleted && previous is { Kind: not ChangeKind.Deleted } && SameContent(resource, previous.Resource))
                {
                    continue;
                }

                var number = (previous?.Number ?? 0) + 1;
                if (entry.State != EntityState.Deleted)
                {
                    entry.Entity.Stamp(number, now);
                    resource["version"] = number;
                    resource["modified"] = now;
                }

                var kind = KindOf(entry, previous, db.Changes.Kind);
                if (kind == ChangeKind.Imported && previous is { Kind: ChangeKind.Created or ChangeKind.Replaced or ChangeKind.Restored })
                {
                    db.Changes.OverwrittenEdits.Add(new OverwrittenEdit(type.Resource, id, previous.Number, previous.ChangedBy));
                }

                db.Add(new ObjectVersion(type.Resource, id, number, now, db.Changes.Author, kind, resource.ToJsonString()));
            }
        }
    }

    /// <summary>
    /// The objects the save changes: added, modified or deleted, or whose links changed. Links are
    /// owned one way (see ModelBuilding.HasOwnedLinks), so a link row added or deleted changes the
    /// owner it names. Finding owners from the changed link rows keeps this linear in what is
    /// tracked; asking each object's collections whether they changed walks every collection, which
    /// made a save of a few thousand objects with large link lists take minutes.
    /// </summary>
    private static List<EntityEntry<DisarmObject>> ChangedObjects(TaxonomyDbContext db)
    {
        var relinked = new HashSet<(IEntityType Owner, object Key)>();
        foreach (var link in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Deleted && e.Metadata.HasSharedClrType))
        {
            foreach (var toOwner in link.Metadata.GetForeignKeys().Where(key => key.GetReferencingSkipNavigations().Any()))
            {
                if (link.Property(toOwner.Properties[0].Name).CurrentValue is { } ownerKey)
                {
                    relinked.Add((toOwner.PrincipalEntityType, ownerKey));
                }
            }
        }

        return
        [
            .. db.ChangeTracker.Entries<DisarmObject>().Where(entry =>
                entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                || (relinked.Count > 0 && relinked.Contains((entry.Metadata, KeyOf(entry))))),
        ];
    }

    private static object KeyOf(EntityEntry entry) => entry.Property(entry.Metadata.FindPrimaryKey()!.Properties[0].Name).CurrentValue!;

    private static ChangeKind KindOf(EntityEntry entry, ObjectVersion? previous, ChangeKind? declared) => entry.State switch
    {
        EntityState.Deleted => ChangeKind.Deleted,
        _ when declared is { } kind => kind,
        EntityState.Added when previous is not null => ChangeKind.Restored,
        EntityState.Added => ChangeKind.Created,
        _ => ChangeKind.Replaced,
    };

    /// <summary>Whether two resources say the same, leaving aside the version number and time they carry.</summary>
    private static bool SameContent(JsonObject resource, string previous)
    {
        var before = JsonNode.Parse(previous)!.AsObject();
        var now = resource.DeepClone().AsObject();
        foreach (var stamp in Stamps)
        {
            before.Remove(stamp);
            now.Remove(stamp);
        }

        return JsonNode.DeepEquals(before, now);
    }

    /// <summary>The latest version of each of the objects, by id, through the (Type, ObjectId, Number) index.</summary>
    private static async Task<Dictionary<string, ObjectVersion>> LatestAsync(TaxonomyDbContext db, string type, List<string> ids, CancellationToken cancellationToken)
    {
        var versions = db.Set<ObjectVersion>();
        var latest = new Dictionary<string, ObjectVersion>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var found = await versions.AsNoTracking()
                .Where(v => v.Type == type && chunk.Contains(v.ObjectId)
                    && v.Number == versions.Where(w => w.Type == v.Type && w.ObjectId == v.ObjectId).Max(w => w.Number))
                .ToListAsync(cancellationToken);
            foreach (var version in found)
            {
                latest[version.ObjectId] = version;
            }
        }

        return latest;
    }

    /// <summary>
    /// Gives new references their numbers now rather than at insert, so that their versions can
    /// name them. Taken under the write lock, so no other writer can take the same numbers.
    /// </summary>
    private static async Task NumberNewReferencesAsync(TaxonomyDbContext db, List<EntityEntry<DisarmObject>> changed, CancellationToken cancellationToken)
    {
        var added = changed.Where(entry => entry is { State: EntityState.Added, Entity: Reference { Id: <= 0 } }).ToList();
        if (added.Count == 0)
        {
            return;
        }

        var next = (await db.References.MaxAsync(r => (int?)r.Id, cancellationToken) ?? 0) + 1;
        foreach (var entry in added)
        {
            entry.Property(nameof(Reference.Id)).CurrentValue = next++;
        }
    }

    /// <summary>SQLite keeps times to a tenth of a microsecond; versions keep them to the microsecond, as JSON shows them.</summary>
    private static DateTime Microseconds(DateTime time) => new(time.Ticks - (time.Ticks % 10), DateTimeKind.Utc);
}
