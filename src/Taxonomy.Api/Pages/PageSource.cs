using Microsoft.EntityFrameworkCore;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Pages;

/// <summary>Renders a DISARM page from the workbook rows as they stand in the database.</summary>
public sealed class PageSource(TaxonomyDbContext db, DataVersion version, ParsedWorkbook parsed)
{
    /// <summary>The page at a path under generated_pages/ ("techniques/T0002.md"), or null if DISARM publishes none there.</summary>
    public async Task<string?> RenderAsync(string path, CancellationToken cancellationToken)
    {
        // Read before the rows, so that a write landing in between only makes the copy look older
        // than it is, and the next request reads again.
        var current = version.Current();
        var pages = parsed.For(current);
        if (pages is null)
        {
            var rows = await db.WorkbookRows.AsNoTracking().OrderBy(row => row.RowNumber).ToListAsync(cancellationToken);
            pages = parsed.Keep(current, new DisarmPages(new DisarmWorkbook(rows)));
        }

        return pages.Render(path);
    }
}

/// <summary>
/// The workbook rows of one data version, parsed once: reading and parsing all of them is most of
/// the cost of a page, and the same parse serves every page until the data changes.
/// </summary>
public sealed class ParsedWorkbook
{
    // One reference, replaced whole, so that concurrent requests never see one version's
    // pages under another's label.
    private volatile Snapshot? _latest;

    internal DisarmPages? For(string version) => _latest is { } latest && latest.Version == version ? latest.Pages : null;

    internal DisarmPages Keep(string version, DisarmPages pages)
    {
        _latest = new Snapshot(version, pages);
        return pages;
    }

    private sealed record Snapshot(string Version, DisarmPages Pages);
}
