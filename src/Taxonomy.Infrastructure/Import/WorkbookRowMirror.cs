using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// Mirrors every write of an object that DISARM's pages show into its workbook row, so that the
/// pages rendered from the rows show an admin's change: a changed object's row takes its new
/// values, a new object gets a row after the imported ones, a deleted object loses its row.
/// List cells are written one entry per line or comma-separated without spaces, the forms
/// DISARM's generator splits correctly, so every link an admin sets shows on the pages.
/// </summary>
internal sealed class WorkbookRowMirror : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TaxonomyDbContext { MirrorsWritesToWorkbookRows: true } db)
        {
            await MirrorAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is TaxonomyDbContext { MirrorsWritesToWorkbookRows: true }
            ? throw new InvalidOperationException("Save asynchronously: mirroring a write into the workbook rows reads the database.")
            : result;

    private static async Task MirrorAsync(TaxonomyDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries()
            .Where(entry => entry.Entity is IImportable && (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted || LinksChanged(entry)))
            .ToList();
        var nextRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in changed)
        {
            var (sheet, key) = KeyOf(entry);
            if (sheet is null)
            {
                continue;
            }

            var row = await db.WorkbookRows.Include(r => r.Links).Where(r => r.Sheet == sheet && r.Key == key).OrderBy(r => r.RowNumber).FirstOrDefaultAsync(cancellationToken);
            if (entry.State == EntityState.Deleted)
            {
                if (row is not null)
                {
                    db.WorkbookRows.Remove(row);
                }

                continue;
            }

            var cells = await WorkbookCells.ForAsync(entry.Entity, (set, id) => NameAsync(db, set, id, cancellationToken));
            if (row is null)
            {
                // Counted here as well as in the table, since one save can add several rows to a sheet.
                if (!nextRow.TryGetValue(sheet, out var number))
                {
                    number = (await db.WorkbookRows.Where(r => r.Sheet == sheet).MaxAsync(r => (int?)r.RowNumber, cancellationToken) ?? 1) + 1;
                }

                nextRow[sheet] = number + 1;
                db.WorkbookRows.Add(new WorkbookRow(sheet, number, WorkbookRow.KeyIn(sheet, cells), fromImport: false, cells));
            }
            else
            {
                row.Update(cells);
            }
        }
    }

    private static async Task<string?> NameAsync(TaxonomyDbContext db, string set, string id, CancellationToken cancellationToken) => set switch
    {
        "metatechniques" => (await db.Metatechniques.FindAsync([id], cancellationToken))?.Name,
        _ => (await db.Tactics.FindAsync([id], cancellationToken))?.Name,
    };

    private static bool LinksChanged(EntityEntry entry) =>
        entry.Collections.Any(links => links.Metadata is ISkipNavigation && links.IsModified);

    /// <summary>The sheet and key of the row an object had before this save (a reference may be changing its URL).</summary>
    private static (string? Sheet, string? Key) KeyOf(EntityEntry entry) => entry.Entity switch
    {
        Reference reference => ("urls", entry.State == EntityState.Added ? reference.Url : (string?)entry.OriginalValues[nameof(Reference.Url)]),
        var entity => (WorkbookCells.SheetOf(entity), (string?)entry.Property("Id").CurrentValue),
    };


}
