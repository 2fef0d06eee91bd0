using Taxonomy.Api.OpenApi;

namespace Taxonomy.Api.Disarm.Metatechniques;

/// <summary>What links to a metatechnique, beside what every named list offers.</summary>
[ResourceOf<Metatechnique>]
public sealed class MetatechniqueCountersController(TaxonomyDbContext db, ListTotals totals) : ControllerBase
{
    /// <summary>The counters of a metatechnique, by id.</summary>
    /// <param name="id" example="M004">The metatechnique's DISARM id.</param>
    /// <param name="paging">The page of counters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}/counters")]
    [OperationId("listCountersOfMetatechnique")]
    public async Task<PagedList<CounterLink>> MetatechniqueCounters(string id, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var metatechnique = await db.ReadByRouteIdAsync<Metatechnique>(id, cancellationToken);
        return await db.Counters.AsNoTracking().Where(c => c.MetatechniqueId == metatechnique.Id).CounterLinks().ToPageAsync(paging, totals, cancellationToken);
    }
}
