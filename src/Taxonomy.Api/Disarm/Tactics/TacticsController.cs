using Taxonomy.Api.OpenApi;

namespace Taxonomy.Api.Disarm.Tactics;

/// <summary>Tactics (TA01 … TA18): the stages of an operation, each inside a phase.</summary>
public sealed class TacticsController(TaxonomyDbContext db, ListTotals totals) : ResourceController<Tactic, TacticRequest, TacticResponse>
{
    /// <summary>Lists tactics, optionally of one phase, ordered by id or, with sort=rank, in DISARM's order.</summary>
    [HttpGet]
    public async Task<PagedList<TacticResponse>> List([FromQuery(Name = "")] TacticListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var phaseId = await db.FilterAsync<Phase>(query.PhaseId, "phaseId", cancellationToken);
        var tactics = db.Tactics.AsNoTracking().Where(t => phaseId == null || t.PhaseId == phaseId);
        return query.Sort == RankOrder.Rank
            ? await tactics.OrderBy(t => t.Rank).ThenBy(t => t.Id).Select(TacticResponse.Projection).ToPageAsync(paging, totals, cancellationToken)
            : await tactics.ToPageAsync(t => t.Id, TacticResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>Gets a tactic by id (any letter case).</summary>
    /// <param name="id" example="TA06">The tactic's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<TacticResponse> Get(string id, CancellationToken cancellationToken) =>
        TacticResponse.From(await db.ReadByRouteIdAsync<Tactic>(id, cancellationToken));

    protected override async Task<Tactic> CreateAsync(TacticRequest request, CancellationToken cancellationToken)
    {
        var phaseId = await db.RequireAsync<Phase>(request.PhaseId, "phaseId", cancellationToken);
        var tactic = new Tactic(request.Id!, request.Name!, phaseId!, request.Rank!.Value, request.Summary);
        return tactic;
    }

    protected override async Task ApplyAsync(Tactic tactic, TacticRequest request, CancellationToken cancellationToken)
    {
        var phaseId = await db.RequireAsync<Phase>(request.PhaseId, "phaseId", cancellationToken);
        tactic.Update(request.Name!, phaseId!, request.Rank!.Value, request.Summary);
    }

    protected override TacticResponse Respond(Tactic entity) => TacticResponse.From(entity);

    /// <summary>A tactic's techniques, by id, each with its sub-techniques; paged by technique.</summary>
    /// <param name="id" example="TA06">The tactic's DISARM id.</param>
    /// <param name="paging">The page of techniques.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}/techniques")]
    [OperationId("listTechniquesOfTactic")]
    public async Task<PagedList<TechniqueTreeNode>> TacticTechniques(string id, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var tactic = await db.ReadByRouteIdAsync<Tactic>(id, cancellationToken);
        var page = await db.Techniques.AsNoTracking().Where(t => t.TacticId == tactic.Id && t.ParentId == null)
            .OrderBy(t => t.Id).Select(t => new NamedObject(t.Id, t.Name)).ToPageAsync(paging, totals, cancellationToken);
        return new PagedList<TechniqueTreeNode>(await db.TechniqueTreesAsync(page.Items, cancellationToken), page.Page, page.PageSize, page.TotalCount, page.TotalPages);
    }
}
