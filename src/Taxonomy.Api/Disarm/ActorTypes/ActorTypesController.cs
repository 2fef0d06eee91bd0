using Taxonomy.Api.OpenApi;

namespace Taxonomy.Api.Disarm.ActorTypes;

/// <summary>Actor types (A001 …): the kinds of actors who run counters, with their sectors.</summary>
public sealed class ActorTypesController(TaxonomyDbContext db, ListTotals totals) : ResourceController<ActorType, ActorTypeRequest, ActorTypeResponse>
{
    /// <summary>Lists actor types, ordered by id, optionally of one sector or framework.</summary>
    [HttpGet]
    public async Task<PagedList<ActorTypeResponse>> List([FromQuery(Name = "")] ActorTypeListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var sectorId = await db.FilterAsync<Sector>(query.SectorId, "sectorId", cancellationToken);
        var frameworkId = await db.FilterAsync<Framework>(query.FrameworkId, "frameworkId", cancellationToken);
        return await db.ActorTypes.AsNoTracking()
            .Where(a => sectorId == null || a.Sectors.Any(s => s.Id == sectorId))
            .Where(a => frameworkId == null || a.Frameworks.Any(f => f.Id == frameworkId))
            .ToPageAsync(a => a.Id, ActorTypeResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>Gets an actor type by id (any letter case).</summary>
    /// <param name="id" example="A033">The actor type's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<ActorTypeResponse> Get(string id, CancellationToken cancellationToken) =>
        ActorTypeResponse.From(await db.ActorTypes.AsNoTracking().Include(a => a.Sectors).Include(a => a.Frameworks)
            .SingleByRouteIdAsync(id, cancellationToken));

    protected override async Task<ActorType> CreateAsync(ActorTypeRequest request, CancellationToken cancellationToken)
    {
        var actorType = new ActorType(request.Id!, request.Name!, request.Summary);
        await LinkAsync(actorType, request, cancellationToken);
        return actorType;
    }

    protected override async Task ApplyAsync(ActorType actorType, ActorTypeRequest request, CancellationToken cancellationToken)
    {
        actorType.Update(request.Name!, request.Summary);
        await LinkAsync(actorType, request, cancellationToken);
    }

    protected override ActorTypeResponse Respond(ActorType entity) => ActorTypeResponse.From(entity);

    /// <summary>The counters an actor type can carry out, by id.</summary>
    /// <param name="id" example="A033">The actor type's DISARM id.</param>
    /// <param name="paging">The page of counters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}/counters")]
    [OperationId("listCountersOfActorType")]
    public async Task<PagedList<CounterLink>> ActorTypeCounters(string id, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var actorType = await db.ReadByRouteIdAsync<ActorType>(id, cancellationToken);
        return await db.Counters.AsNoTracking().Where(c => c.ActorTypes.Any(a => a.Id == actorType.Id)).CounterLinks().ToPageAsync(paging, totals, cancellationToken);
    }

    private async Task LinkAsync(ActorType actorType, ActorTypeRequest request, CancellationToken cancellationToken)
    {
        actorType.SetSectors(await db.ResolveAsync<Sector>(request.SectorIds, "sectorIds", cancellationToken));
        actorType.SetFrameworks(await db.ResolveAsync<Framework>(request.FrameworkIds, "frameworkIds", cancellationToken));
    }
}
