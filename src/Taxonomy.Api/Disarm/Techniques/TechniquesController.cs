
namespace Taxonomy.Api.Disarm.Techniques;

/// <summary>Techniques (T0166) and sub-techniques (T0166.003): the behaviours of influence operations.</summary>
public sealed class TechniquesController(TaxonomyDbContext db, ListTotals totals) : ResourceController<Technique, TechniqueRequest, TechniqueResponse>
{
    /// <summary>Lists techniques and sub-techniques, ordered by id, optionally of one tactic or one parent.</summary>
    [HttpGet]
    public async Task<PagedList<TechniqueResponse>> List([FromQuery(Name = "")] TechniqueListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        await (await db.TechniquesMatchingAsync(query, cancellationToken)).ToPageAsync(t => t.Id, TechniqueResponse.Projection, paging, totals, cancellationToken);

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

    protected override async Task<Technique> CreateAsync(TechniqueRequest request, CancellationToken cancellationToken)
    {
        var parentId = DisarmIds.ParentOf(DisarmIds.Normalize(request.Id!));
        var parent = parentId is null ? null : await db.Techniques.SingleOrDefaultAsync(t => t.Id == parentId, cancellationToken);
        var tacticId = await db.RequireAsync<Tactic>(request.TacticId, "tacticId", cancellationToken);
        var technique = Technique.Create(request.Id!, request.Name!, tacticId, request.Summary, parent);
        return technique;
    }

    protected override async Task ApplyAsync(Technique technique, TechniqueRequest request, CancellationToken cancellationToken)
    {
        var tacticId = await db.RequireAsync<Tactic>(request.TacticId, "tacticId", cancellationToken);
        technique.Update(request.Name!, tacticId, request.Summary);
    }

    protected override TechniqueResponse Respond(Technique entity) => TechniqueResponse.From(entity);

    /// <summary>Sub-techniques are loaded, since moving a technique to another tactic moves them with it.</summary>
    protected override IQueryable<Technique> Writable(TaxonomyDbContext db) => db.Techniques.Include(t => t.Subtechniques);
}
