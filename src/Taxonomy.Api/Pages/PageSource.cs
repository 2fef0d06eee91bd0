using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Taxonomy.Api.Limits;

namespace Taxonomy.Api.Pages;

/// <summary>
/// Renders a DISARM page from the objects it shows, read from the domain tables (see
/// <see cref="PageData"/>): from the version's <see cref="PageModel"/> when it has one (see
/// <see cref="PageModels"/>), otherwise by reading the objects the page lists through indexed
/// links, never a whole sheet it does not list.
/// </summary>
public sealed class PageSource(IServiceProvider services, DatabaseScope database, IMemoryCache cache, ImportedSheets imported, PageModels models, IOptions<RequestLimits> limits)
{
    private TaxonomyDbContext? _db;

    /// <summary>What the shared data counts for in the response cache's budget, which is in bytes: a generous estimate.</summary>
    private const int SharedDataSize = 256 * 1024;

    /// <summary>The whole sheets each top-level page lists, besides the small ones every page has.</summary>
    private static readonly Dictionary<string, DisarmType[]> TopLevelSheets = new(StringComparer.Ordinal)
    {
        ["disarm_red_framework.md"] = [DisarmTypes.Techniques],
        ["disarm_blue_framework.md"] = [DisarmTypes.Counters],
        ["tactics_by_responsetype_table.md"] = [DisarmTypes.Counters],
        ["metatechniques_by_responsetype_table.md"] = [DisarmTypes.Counters],
    };

    /// <summary>The page at a path under generated_pages/ ("techniques/T0002.md"), or null if DISARM publishes none there.</summary>
    public async Task<RenderedPage?> RenderAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var token = database.DataToken();
        if (await models.FindAsync(token, cancellation => BuildModelAsync(token, cancellation), cancellationToken) is { } model)
        {
            return model.Render(path);
        }

        var data = await StartAsync(cancellationToken);
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            foreach (var type in TopLevelSheets.GetValueOrDefault(path, []))
            {
                await data.WholeAsync(type, cancellationToken);
            }
        }
        else
        {
            await ObjectPageAsync(data, path[..slash], DisarmIds.Normalize(Path.GetFileNameWithoutExtension(path[(slash + 1)..])), cancellationToken);
        }

        return new DisarmPages(new DisarmWorkbook(await data.SheetsAsync(cancellationToken))).Render(path);
    }

    /// <summary>
    /// The context is made only for a page that reads: making one (its options are built per
    /// request, for the scope's database) costs more than rendering a page from a model.
    /// </summary>
    private TaxonomyDbContext Db => _db ??= services.GetRequiredService<TaxonomyDbContext>();

    /// <summary>The model of the version <paramref name="token"/> names, or null if the data is too large or has changed since.</summary>
    private async Task<PageModel?> BuildModelAsync(string token, CancellationToken cancellationToken)
    {
        var model = await PageModel.BuildAsync(new PageData(Db, imported), limits.Value.PageModelObjects, cancellationToken);
        return database.DataToken() == token ? model : null;
    }

    /// <summary>Writes an index page a batch of rows at a time (see <see cref="PageData.StreamSheetAsync"/>).</summary>
    internal async Task WriteIndexAsync(IndexPage page, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var data = await StartAsync(cancellationToken);
        await page.WriteAsync(data.StreamSheetAsync(page.Type, cancellationToken), writer, cancellationToken);
    }

    /// <summary>The path of every page there is: one per object of the types DISARM publishes pages of, then the top-level pages.</summary>
    public async Task<IReadOnlyList<string>> PathsAsync(CancellationToken cancellationToken)
    {
        var data = await StartAsync(cancellationToken);
        return (await data.AllPagesAsync(cancellationToken)).Paths().ToList();
    }

    /// <summary>
    /// A page's data with what every page reads already in it: the latest import and the small
    /// sheets, read once per version of the data and shared by the pages rendered meanwhile.
    /// </summary>
    private async Task<PageData> StartAsync(CancellationToken cancellationToken)
    {
        var before = database.DataToken();
        var key = (typeof(PageSource), before);
        var start = cache.Get<PageData>(key);
        if (start is null)
        {
            start = new PageData(Db, imported);
            await start.StartAsync(null, cancellationToken);
            start.Finish();

            // Kept only if no write committed while it was read, so that it shows one version.
            if (database.DataToken() == before)
            {
                cache.Set(key, start, new MemoryCacheEntryOptions { Size = SharedDataSize, SlidingExpiration = TimeSpan.FromMinutes(10) });
            }
        }

        var data = new PageData(Db, imported);
        await data.StartAsync(start, cancellationToken);
        return data;
    }

    /// <summary>Reads what the page of one object shows: the object and the objects it lists.</summary>
    private async Task ObjectPageAsync(PageData data, string folder, string id, CancellationToken cancellationToken)
    {
        switch (folder)
        {
            case "techniques":
                var associated = await data.WhereAsync(DisarmTypes.AssociatedTechniques, a => a.TechniqueId == id, cancellationToken);
                await data.ByKeysAsync(DisarmTypes.Techniques, [id, DisarmIds.ParentOf(id), .. associated.Select(a => a.AssociatedTechniqueId)], cancellationToken);
                var mappingIds = Db.MappingIdsNaming(id);
                var mappings = await data.WhereAsync(DisarmTypes.IncidentTechniques, m => mappingIds.Contains(m.Id), cancellationToken);
                await data.ByKeysAsync(DisarmTypes.Incidents, mappings.Select(m => m.IncidentId), cancellationToken);

                // The page prints its counters' ids, names and response types, and reads their
                // technique lists, so their other links are not read. A split query: as one join,
                // SQLite reads every counter's technique links (50,000 at 100 times DISARM's size)
                // before it filters the few counters the page lists.
                var counterIds = Db.CounterIdsListing(id);
                await data.WhereAsync(DisarmTypes.Counters, c => counterIds.Contains(c.Id), cancellationToken, counters => counters.Include(c => c.Techniques).AsSplitQuery());
                await data.CompleteAsync(cancellationToken, (DisarmTypes.IncidentTechniques, "technique_ids"), (DisarmTypes.Counters, "techniques"));
                break;
            case "incidents":
                await data.ByKeysAsync(DisarmTypes.Incidents, [id], cancellationToken);
                var incidentMappings = await data.WhereAsync(DisarmTypes.IncidentTechniques, m => m.IncidentId == id, cancellationToken);
                await data.ByKeysAsync(DisarmTypes.Techniques, incidentMappings.SelectMany(m => m.Techniques.Select(t => t.Id)), cancellationToken);
                await data.CompleteAsync(cancellationToken, (DisarmTypes.IncidentTechniques, "technique_ids"));

                // The references are those the incident's urls cell names as printed, which may be
                // the imported text, pieces that are not URLs included.
                var urls = (await data.SheetsAsync(cancellationToken))[DisarmTypes.Incidents.Sheet].Where(row => DisarmIds.Normalize(row.Id) == id).SelectMany(row => row["urls"].Split(' '));
                await data.ByKeysAsync(DisarmTypes.References, urls, cancellationToken);
                break;
            case "counters":
                var counters = await data.WhereAsync(DisarmTypes.Counters, c => c.Id == id, cancellationToken);
                await data.ByKeysAsync(DisarmTypes.Techniques, counters.SelectMany(c => c.Techniques.Select(t => t.Id)), cancellationToken);
                await data.ByKeysAsync(DisarmTypes.ActorTypes, counters.SelectMany(c => c.ActorTypes.Select(a => a.Id)), cancellationToken);
                await data.CompleteAsync(cancellationToken, (DisarmTypes.Counters, "techniques"), (DisarmTypes.Counters, "actortypes"));
                break;
            case "tactics":
                await data.WhereAsync(DisarmTypes.Tasks, t => t.TacticId == id, cancellationToken);
                await data.WhereAsync(DisarmTypes.Techniques, t => t.TacticId == id, cancellationToken);
                await data.WhereAsync(DisarmTypes.Counters, c => c.TacticId == id, cancellationToken);
                break;
            case "tasks":
                await data.ByKeysAsync(DisarmTypes.Tasks, [id], cancellationToken);
                break;
            case "actortypes":
                await data.ByKeysAsync(DisarmTypes.ActorTypes, [id], cancellationToken);
                await data.WhereAsync(DisarmTypes.Counters, c => c.ActorTypes.Any(a => a.Id == id), cancellationToken);
                await data.CompleteAsync(cancellationToken, (DisarmTypes.Counters, "actortypes"));
                break;
            case "metatechniques":
                await data.WhereAsync(DisarmTypes.Counters, c => c.MetatechniqueId == id, cancellationToken);
                break;
        }
    }
}
