using Microsoft.Extensions.Options;
using Taxonomy.Api.Limits;
using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Api.Pages;

/// <summary>
/// The rows of the latest import, read and parsed once and kept: an import's rows never change
/// (see <see cref="ImportedRow"/>), so they need no invalidation, only replacing when a newer
/// import becomes the latest. An import of more rows than <see cref="RequestLimits.KeptImportRows"/>
/// is not kept, and pages read its rows from the database as they need them.
/// </summary>
public sealed class ImportedSheets(IOptions<RequestLimits> limits) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _latest;

    /// <summary>The rows of import <paramref name="importId"/>, or null when it is too large to keep.</summary>
    internal async Task<Snapshot?> GetAsync(TaxonomyDbContext db, int importId, CancellationToken cancellationToken)
    {
        if (_latest is { } kept && kept.ImportId == importId)
        {
            return kept.Rows is null ? null : kept;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_latest is { } loaded && loaded.ImportId == importId)
            {
                return loaded.Rows is null ? null : loaded;
            }

            var rows = db.ImportedRows.AsNoTracking().Where(row => row.ImportId == importId);
            var snapshot = await rows.CountAsync(cancellationToken) > limits.Value.KeptImportRows
                ? new Snapshot(importId, null)
                : new Snapshot(importId, (await rows.OrderBy(row => row.RowNumber).ToListAsync(cancellationToken)).Select(SheetRow.From).ToList());
            _latest = snapshot;
            return snapshot.Rows is null ? null : snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    /// <summary>One import's rows, by sheet in sheet order and by sheet and key.</summary>
    internal sealed class Snapshot(int importId, IReadOnlyList<SheetRow>? rows)
    {
        private readonly ILookup<string, SheetRow> _bySheet = (rows ?? []).ToLookup(row => row.Sheet, StringComparer.Ordinal);
        private readonly ILookup<(string, string?), SheetRow> _byKey = (rows ?? []).ToLookup(row => (row.Sheet, row.Key));

        public int ImportId { get; } = importId;

        public IReadOnlyList<SheetRow>? Rows { get; } = rows;

        public IEnumerable<SheetRow> Sheet(string sheet) => _bySheet[sheet];

        public IEnumerable<SheetRow> Keyed(string sheet, string key) => _byKey[(sheet, key)];
    }
}

/// <summary>An imported row with its cells parsed.</summary>
internal sealed record SheetRow(string Sheet, int Number, string? Key, IReadOnlyDictionary<string, string> Cells)
{
    public static SheetRow From(ImportedRow row) => new(row.Sheet, row.RowNumber, row.Key, row.ReadCells());
}
