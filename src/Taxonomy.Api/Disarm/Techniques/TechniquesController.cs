
namespace Taxonomy.Api.Disarm.Techniques;

/// <summary>Techniques (T0166) and sub-techniques (T0166.003): the behaviours of influence operations.</summary>
public sealed class TechniquesController(TaxonomyDbContext db, ListTotals totals) : ResourceController<Technique>
{
    /// <summary>Lists techniques and sub-techniques, ordered by id, optionally of one tactic or one parent.</summary>
    [HttpGet]
    public async Task<PagedList<TechniqueResponse>> List([FromQuery(Name = "")] TechniqueListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var tacticId = await db.FilterAsync<Tactic>(query.TacticId, "tacticId", cancellationToken);
        var parentId = await db.FilterAsync<Technique>(query.ParentId, "parentId", cancellationToken);
        return await db.Techniques.AsNoTracking()
            .Where(t => tacticId == null || t.TacticId == tacticId)
            .Where(t => parentId == null || t.ParentId == parentId)
            .Where(t => query.IsSubtechnique == null || (t.ParentId != null) == query.IsSubtechnique)
            .ToPageAsync(t => t.Id, TechniqueResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>
    /// Gets a technique or sub-technique by id (any letter case), with the related objects named
    /// in include: tactic, parent, subtechniques, associatedTechniques, incidents, counters, or all.
    /// </summary>
    /// <param name="id" example="T0166.003">The technique's DISARM id.</param>
    /// <param name="query">The relations to include.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<TechniqueDetailsResponse> Get(string id, [FromQuery(Name = "")] TechniqueQuery query, CancellationToken cancellationToken) =>
        await db.WithRelationsAsync(
            await db.ReadByRouteIdAsync<Technique>(id, cancellationToken),
            query.Requested(),
            cancellationToken);

    /// <summary>
    /// Creates a technique, or a sub-technique when the id has a dot: T0166.004 needs T0166 to
    /// exist and takes its tactic. Needs an admin key.
    /// </summary>
    [HttpPost]
    public async Task<ActionResult<TechniqueResponse>> Create(TechniqueRequest request, CancellationToken cancellationToken)
    {
        var parentId = DisarmIds.ParentOf(DisarmIds.Normalize(request.Id!));
        var parent = parentId is null ? null : await db.Techniques.SingleOrDefaultAsync(t => t.Id == parentId, cancellationToken);
        var tacticId = await db.RequireAsync<Tactic>(request.TacticId, "tacticId", cancellationToken);
        var technique = Technique.Create(request.Id!, request.Name!, tacticId, request.Summary, parent);
        return await this.CreateAsync(db, technique, TechniqueResponse.From, cancellationToken);
    }

    /// <summary>
    /// Replaces a technique's fields. Moving a technique to another tactic moves its
    /// sub-techniques with it; a sub-technique stays in its parent's tactic. Needs an admin key.
    /// </summary>
    /// <param name="id" example="T0166">The technique's DISARM id.</param>
    /// <param name="request">The technique's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    public async Task<TechniqueResponse> Replace(string id, TechniqueRequest request, CancellationToken cancellationToken)
    {
        var technique = await db.Techniques.Include(t => t.Subtechniques).SingleByRouteIdAsync(id, cancellationToken);
        var tacticId = await db.RequireAsync<Tactic>(request.TacticId, "tacticId", cancellationToken);
        technique.Update(request.Name!, tacticId, request.Summary);
        return await db.SaveAsync(technique, TechniqueResponse.From, cancellationToken);
    }
}
