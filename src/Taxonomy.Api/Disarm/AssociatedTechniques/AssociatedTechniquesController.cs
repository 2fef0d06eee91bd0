
namespace Taxonomy.Api.Disarm.AssociatedTechniques;

/// <summary>Associated techniques (AT00000001 …): notes relating one technique to another.</summary>
public sealed class AssociatedTechniquesController(TaxonomyDbContext db, ListTotals totals) : ResourceController<AssociatedTechnique, AssociatedTechniqueRequest, AssociatedTechniqueResponse>
{
    /// <summary>Lists associations, ordered by id, optionally of one technique.</summary>
    [HttpGet]
    public async Task<PagedList<AssociatedTechniqueResponse>> List([FromQuery(Name = "")] AssociatedTechniqueListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var techniqueId = await db.FilterAsync<Technique>(query.TechniqueId, "techniqueId", cancellationToken);
        return await db.AssociatedTechniques.AsNoTracking().Where(a => techniqueId == null || a.TechniqueId == techniqueId)
            .ToPageAsync(a => a.Id, AssociatedTechniqueResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>Gets an association by id (any letter case).</summary>
    /// <param name="id" example="AT00000001">The association's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<AssociatedTechniqueResponse> Get(string id, CancellationToken cancellationToken) =>
        AssociatedTechniqueResponse.From(await db.ReadByRouteIdAsync<AssociatedTechnique>(id, cancellationToken));

    protected override async Task<AssociatedTechnique> CreateAsync(AssociatedTechniqueRequest request, CancellationToken cancellationToken)
    {
        var (techniqueId, associatedId) = await TechniquesAsync(request, cancellationToken);
        var association = new AssociatedTechnique(request.Id!, techniqueId, associatedId, request.Description);
        return association;
    }

    protected override async Task ApplyAsync(AssociatedTechnique association, AssociatedTechniqueRequest request, CancellationToken cancellationToken)
    {
        var (techniqueId, associatedId) = await TechniquesAsync(request, cancellationToken);
        association.Update(techniqueId, associatedId, request.Description);
    }

    protected override AssociatedTechniqueResponse Respond(AssociatedTechnique entity) => AssociatedTechniqueResponse.From(entity);

    private async Task<(string TechniqueId, string AssociatedId)> TechniquesAsync(AssociatedTechniqueRequest request, CancellationToken cancellationToken) =>
        ((await db.RequireAsync<Technique>(request.TechniqueId, "techniqueId", cancellationToken))!,
         (await db.RequireAsync<Technique>(request.AssociatedTechniqueId, "associatedTechniqueId", cancellationToken))!);
}
