using Taxonomy.Api.OpenApi;

namespace Taxonomy.Api.Disarm.Phases;

/// <summary>The phases of an operation (P01 Plan, P02 Prepare, P03 Execute, P04 Assess).</summary>
public sealed class PhasesController(TaxonomyDbContext db, ListTotals totals) : ResourceController<Phase, PhaseRequest, PhaseResponse>
{
    /// <summary>Lists phases, ordered by id or, with sort=rank, in DISARM's order.</summary>
    [HttpGet]
    public Task<PagedList<PhaseResponse>> List([FromQuery(Name = "")] PhaseListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var phases = db.Phases.AsNoTracking();
        return query.Sort == RankOrder.Rank
            ? phases.OrderBy(p => p.Rank).ThenBy(p => p.Id).Select(PhaseResponse.Projection).ToPageAsync(paging, totals, cancellationToken)
            : phases.ToPageAsync(p => p.Id, PhaseResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>Gets a phase by id (any letter case).</summary>
    /// <param name="id" example="P02">The phase's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<PhaseResponse> Get(string id, CancellationToken cancellationToken) =>
        PhaseResponse.From(await db.ReadByRouteIdAsync<Phase>(id, cancellationToken));

    protected override async Task<Phase> CreateAsync(PhaseRequest request, CancellationToken cancellationToken)
    {
        var phase = new Phase(request.Id!, request.Name!, request.Rank!.Value, request.Summary);
        return phase;
    }

    protected override async Task ApplyAsync(Phase phase, PhaseRequest request, CancellationToken cancellationToken)
    {
        phase.Update(request.Name!, request.Rank!.Value, request.Summary);
    }

    protected override PhaseResponse Respond(Phase entity) => PhaseResponse.From(entity);

    /// <summary>A phase's tactics in DISARM's order (rank).</summary>
    /// <param name="id" example="P02">The phase's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}/tactics")]
    [OperationId("listTacticsOfPhase")]
    public async Task<IReadOnlyList<RankedObject>> PhaseTactics(string id, CancellationToken cancellationToken)
    {
        var phase = await db.ReadByRouteIdAsync<Phase>(id, cancellationToken);
        return await db.Tactics.AsNoTracking().Where(t => t.PhaseId == phase.Id).OrderBy(t => t.Rank).ThenBy(t => t.Id)
            .Select(t => new RankedObject(t.Id, t.Name, t.Rank)).ToListAsync(cancellationToken);
    }
}
