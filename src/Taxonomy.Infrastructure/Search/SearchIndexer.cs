using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Infrastructure.Search;

/// <summary>
/// Updates the full-text index for every DISARM object a save adds, changes or deletes. The index
/// changes are saved by the same SaveChanges, so they commit or roll back with the write.
/// </summary>
internal sealed class SearchIndexer : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TaxonomyDbContext { IndexesWritesForSearch: true } db)
        {
            await IndexAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is TaxonomyDbContext { IndexesWritesForSearch: true }
            ? throw new InvalidOperationException("Save asynchronously: indexing a write for search reads the database.")
            : result;

    private static async Task IndexAsync(TaxonomyDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(entry => (Entry: SearchEntry.Of(entry.Entity), Deleted: entry.State == EntityState.Deleted))
            .Where(change => change.Entry is not null)
            .ToList();
        foreach (var (entry, deleted) in changed)
        {
            var stored = await db.Set<SearchEntry>().Where(e => e.Type == entry!.Type && e.Id == entry.Id).ToListAsync(cancellationToken);
            SearchIndex.Reconcile(db, stored, deleted ? null : entry);
        }
    }
}
