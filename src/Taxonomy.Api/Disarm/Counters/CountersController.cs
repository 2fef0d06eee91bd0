using Taxonomy.Api.Disarm.Countermeasures;
using Taxonomy.Api.OpenApi;

namespace Taxonomy.Api.Disarm.Counters;

/// <summary>Counters (C00006 …): countermeasures against disinformation techniques.</summary>
public sealed class CountersController(TaxonomyDbContext db, ListTotals totals) : ResourceController<Counter, CounterRequest, CounterResponse>
{
    /// <summary>Lists counters, ordered by id, optionally filtered by what they relate to.</summary>
    [HttpGet]
    public async Task<PagedList<CounterResponse>> List([FromQuery(Name = "")] CountermeasureListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        await (await db.FilteredAsync<Counter>(query, db.CounterIdsListing, cancellationToken)).ToPageAsync(c => c.Id, CounterResponse.Projection, paging, totals, cancellationToken);

    /// <summary>Gets a counter by id (any letter case).</summary>
    /// <param name="id" example="C00006">The counter's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<CounterResponse> Get(string id, CancellationToken cancellationToken) =>
        CounterResponse.From(await db.Counters.AsNoTracking().WithLinks().SingleByRouteIdAsync(id, cancellationToken));

    protected override async Task<Counter> CreateAsync(CounterRequest request, CancellationToken cancellationToken)
    {
        var counter = new Counter(request.Id!, request.ToDetails(), request.Tags);
        await db.LinkAsync(counter, request, cancellationToken);
        return counter;
    }

    protected override async Task ApplyAsync(Counter counter, CounterRequest request, CancellationToken cancellationToken)
    {
        counter.Update(request.ToDetails(), request.Tags);
        await db.LinkAsync(counter, request, cancellationToken);
    }

    protected override CounterResponse Respond(Counter entity) => CounterResponse.From(entity);

    /// <summary>Everything a counter links to: tactic, metatechnique, response type, techniques, actor types, resources and incidents.</summary>
    /// <param name="id" example="C00006">The counter's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}/relations")]
    [OperationId("getRelationsOfCounter")]
    public async Task<CounterRelationsResponse> CounterRelations(string id, CancellationToken cancellationToken)
    {
        var counterId = Lookups.RouteId<Counter>(id);
        return await db.Counters.AsNoTracking().Where(c => c.Id == counterId)
            .Select(c => new CounterRelationsResponse(
                c.Id,
                c.Tactic == null ? null : new NamedObject(c.Tactic.Id, c.Tactic.Name),
                c.Metatechnique == null ? null : new NamedObject(c.Metatechnique.Id, c.Metatechnique.Name),
                c.ResponseType == null ? null : new NamedObject(c.ResponseType.Id, c.ResponseType.Name),
                c.Techniques.OrderBy(t => t.Id).Select(t => new NamedObject(t.Id, t.Name)).ToList(),
                c.ActorTypes.OrderBy(a => a.Id).Select(a => new NamedObject(a.Id, a.Name)).ToList(),
                c.Resources.OrderBy(r => r.Id).Select(r => new NamedObject(r.Id, r.Name)).ToList(),
                c.Incidents.OrderBy(i => i.Id).Select(i => new NamedObject(i.Id, i.Name)).ToList()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new Errors.ResourceNotFoundException($"There is no counter {counterId}.");
    }
}
