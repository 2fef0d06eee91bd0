using Microsoft.EntityFrameworkCore;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Infrastructure.Search;

/// <summary>
/// The full-text index of every DISARM object's name and text: an SQLite FTS5 table, tokenised
/// case- and accent-insensitively, kept in step with writes by <see cref="SearchIndexer"/> and by
/// the importer.
/// </summary>
public static class SearchIndex
{
    public const string Table = "search_index";

    /// <summary>
    /// Brings the whole index in line with the stored objects, staging the changes for the next
    /// save. Only differences are written, so that importing the same workbooks again leaves the
    /// database as it was.
    /// </summary>
    internal static async Task SyncAsync(TaxonomyDbContext db, CancellationToken cancellationToken)
    {
        IEnumerable<object>[] objects =
        [
            await db.Frameworks.AsNoTracking().ToListAsync(cancellationToken),
            await db.Phases.AsNoTracking().ToListAsync(cancellationToken),
            await db.Tactics.AsNoTracking().ToListAsync(cancellationToken),
            await db.Techniques.AsNoTracking().ToListAsync(cancellationToken),
            await db.Tasks.AsNoTracking().ToListAsync(cancellationToken),
            await db.Incidents.AsNoTracking().ToListAsync(cancellationToken),
            await db.IncidentTechniques.AsNoTracking().ToListAsync(cancellationToken),
            await db.AssociatedTechniques.AsNoTracking().ToListAsync(cancellationToken),
            await db.Counters.AsNoTracking().ToListAsync(cancellationToken),
            await db.Detections.AsNoTracking().ToListAsync(cancellationToken),
            await db.Metatechniques.AsNoTracking().ToListAsync(cancellationToken),
            await db.ResponseTypes.AsNoTracking().ToListAsync(cancellationToken),
            await db.ActorTypes.AsNoTracking().ToListAsync(cancellationToken),
            await db.Resources.AsNoTracking().ToListAsync(cancellationToken),
            await db.Sectors.AsNoTracking().ToListAsync(cancellationToken),
            await db.Playbooks.AsNoTracking().ToListAsync(cancellationToken),
        ];
        var wanted = objects.SelectMany(list => list).Select(SearchEntry.Of).OfType<SearchEntry>().ToDictionary(e => (e.Type, e.Id));
        var stored = (await db.Set<SearchEntry>().ToListAsync(cancellationToken)).ToLookup(e => (e.Type, e.Id));
        foreach (var (key, entry) in wanted)
        {
            Reconcile(db, stored[key].ToList(), entry);
        }

        db.RemoveRange(stored.Where(entries => !wanted.ContainsKey(entries.Key)).SelectMany(entries => entries));
    }

    /// <summary>Makes the stored entries of one object (normally none or one) become <paramref name="wanted"/>, or none when it is null.</summary>
    internal static void Reconcile(TaxonomyDbContext db, IReadOnlyList<SearchEntry> stored, SearchEntry? wanted)
    {
        var kept = wanted is null || stored.Count == 0 ? null : stored[0];
        db.RemoveRange(stored.Where(entry => entry != kept));
        if (wanted is null)
        {
            return;
        }

        if (kept is null)
        {
            db.Add(wanted);
        }
        else
        {
            kept.Update(wanted);
        }
    }
}
