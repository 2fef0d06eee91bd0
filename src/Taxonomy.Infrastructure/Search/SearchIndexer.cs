using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Infrastructure.Search;

/// <summary>
/// Updates the full-text index for every DISARM object a save adds, changes or deletes, whoever
/// saves: an API write, an import or the synthetic data generator. The index changes are saved
/// by the same SaveChanges, so they commit or roll back with the write.
/// </summary>
internal sealed class SearchIndexer : SaveChangesInterceptor
{
    /// <summary>How many ids one lookup of stored entries names, well inside SQLite's limits.</summary>
    private const int LookupChunk = 500;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TaxonomyDbContext db)
        {
            await IndexAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is TaxonomyDbContext
            ? throw new InvalidOperationException("Save asynchronously: indexing a write for search reads the database.")
            : result;

    /// <summary>Looks up the stored entries of all changed objects of a type at once, so that an import of thousands costs a few queries.</summary>
    private static async Task IndexAsync(TaxonomyDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var changes = db.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(entry => (Entry: SearchEntry.Of(entry.Entity), Deleted: entry.State == EntityState.Deleted))
            .Where(change => change.Entry is not null)
            .Select(change => (Entry: change.Entry!, change.Deleted))
            .ToList();
        foreach (var ofType in changes.GroupBy(change => change.Entry.Type))
        {
            var type = ofType.Key;
            var stored = new List<SearchEntry>();
            foreach (var chunk in ofType.Select(change => change.Entry.Id).Distinct().Chunk(LookupChunk))
            {
                stored.AddRange(await db.Set<SearchEntry>().Where(e => e.Type == type && chunk.Contains(e.Id)).ToListAsync(cancellationToken));
            }

            var storedById = stored.ToLookup(e => e.Id, StringComparer.Ordinal);
            foreach (var (entry, deleted) in ofType)
            {
                SearchIndex.Reconcile(db, storedById[entry.Id].ToList(), deleted ? null : entry);
            }
        }
    }
}
