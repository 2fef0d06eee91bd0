using Microsoft.EntityFrameworkCore;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Import;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Pages;

/// <summary>
/// Reads the workbook rows one page shows, through the rows' keys and links, instead of whole
/// sheets: at 100 times DISARM's size the sheets hold 600,000 rows. The selection may hold more
/// rows than the page shows, never fewer; DISARM's parsing is then applied to them as to the
/// whole workbook, so the page is the same.
/// </summary>
internal sealed class PageRows(TaxonomyDbContext db)
{
    /// <summary>
    /// Sheets every page may look names up in, each a few dozen rows at most. Actor types (999 at
    /// 100 times DISARM's size) are read by id, for the pages that show them.
    /// </summary>
    private static readonly string[] SmallSheets = ["phases", "tactics", "metatechniques", "responsetypes"];

    /// <summary>The whole sheets each top-level page lists, besides the small ones.</summary>
    private static readonly Dictionary<string, string[]> TopLevelSheets = new(StringComparer.Ordinal)
    {
        ["techniques_index.md"] = ["techniques"],
        ["tasks_index.md"] = ["tasks"],
        ["incidents_index.md"] = ["incidents"],
        ["counters_index.md"] = ["countermeasures"],
        ["detections_index.md"] = ["detections"],
        ["disarm_red_framework.md"] = ["techniques"],
        ["disarm_blue_framework.md"] = ["countermeasures"],
        ["tactics_by_responsetype_table.md"] = ["countermeasures"],
        ["metatechniques_by_responsetype_table.md"] = ["countermeasures"],
        ["actortypes_index.md"] = ["actortypes"],
    };

    private readonly List<WorkbookRow> _rows = [];
    private readonly HashSet<int> _selected = [];

    public async Task<List<WorkbookRow>> ForAsync(string path, CancellationToken cancellationToken)
    {
        await SheetsAsync(SmallSheets, cancellationToken);
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            await SheetsAsync(TopLevelSheets.GetValueOrDefault(path, []), cancellationToken);
            return _rows;
        }

        var id = DisarmIds.Normalize(Path.GetFileNameWithoutExtension(path[(slash + 1)..]));
        switch (path[..slash])
        {
            case "techniques":
                await ByKeyAsync("techniques", [id, DisarmIds.ParentOf(id) ?? id], cancellationToken);
                var associated = await ByTokenAsync("associatedtechniques", id, cancellationToken);
                await ByKeyAsync("techniques", associated.Select(row => row.ReadCells()["associated_technique_id"]), cancellationToken);
                var mappings = await ByTokenAsync("incidenttechniques", id, cancellationToken);
                await ByKeyAsync("incidents", mappings.Select(row => row.ReadCells()["incident_id"]), cancellationToken);
                await ByTokenAsync("countermeasures", id, cancellationToken);
                break;
            case "incidents":
                var incident = await ByKeyAsync("incidents", [id], cancellationToken);
                var incidentMappings = await ByTokenAsync("incidenttechniques", id, cancellationToken);
                await ByKeyAsync("techniques", incidentMappings.SelectMany(mapping => mapping.Links.Select(link => link.Token)), cancellationToken);

                await ByKeyAsync("urls", incident.SelectMany(row => row.ReadCells()["urls"].Split(' ')), cancellationToken);
                break;
            case "counters":
                var counters = await ByKeyAsync("countermeasures", [id], cancellationToken);
                var linked = counters.SelectMany(counter => counter.Links.Select(link => link.Token)).ToList();
                await ByKeyAsync("techniques", linked, cancellationToken);
                await ByKeyAsync("actortypes", linked, cancellationToken);
                break;
            case "tactics":
                await ByTokenAsync("tasks", id, cancellationToken);
                await ByTokenAsync("techniques", id, cancellationToken);
                await ByTokenAsync("countermeasures", id, cancellationToken);
                break;
            case "tasks":
                await ByKeyAsync("tasks", [id], cancellationToken);
                break;
            case "actortypes":
                await ByKeyAsync("actortypes", [id], cancellationToken);
                await ByTokenAsync("countermeasures", id, cancellationToken);
                break;
            case "metatechniques":
                await ByTokenAsync("countermeasures", id, cancellationToken);
                break;
        }

        return _rows;
    }

    private async Task SheetsAsync(IEnumerable<string> sheets, CancellationToken cancellationToken)
    {
        var names = sheets.ToList();
        Keep(await db.WorkbookRows.AsNoTracking().Where(row => names.Contains(row.Sheet)).ToListAsync(cancellationToken));
    }

    /// <summary>The rows of a sheet with these keys (ids, or URLs for urls), each key normalised as the rows' keys are.</summary>
    private async Task<List<WorkbookRow>> ByKeyAsync(string sheet, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.Select(key => WorkbookRow.KeyOf(sheet, key)).OfType<string>().Distinct().ToList();
        var found = await db.WorkbookRows.AsNoTracking().Include(row => row.Links)
            .Where(row => row.Sheet == sheet && wanted.Contains(row.Key!))
            .ToListAsync(cancellationToken);
        return Keep(found);
    }

    private async Task<List<WorkbookRow>> ByTokenAsync(string sheet, string token, CancellationToken cancellationToken)
    {
        var ids = db.WorkbookLinks.Where(link => link.Sheet == sheet && link.Token == token).Select(link => link.WorkbookRowId);
        return Keep(await db.WorkbookRows.AsNoTracking().Include(row => row.Links).Where(row => ids.Contains(row.Id)).ToListAsync(cancellationToken));
    }

    /// <summary>Adds rows not selected yet: a row listed twice would show twice on the page.</summary>
    private List<WorkbookRow> Keep(List<WorkbookRow> found)
    {
        _rows.AddRange(found.Where(row => _selected.Add(row.Id)));
        return found;
    }
}
