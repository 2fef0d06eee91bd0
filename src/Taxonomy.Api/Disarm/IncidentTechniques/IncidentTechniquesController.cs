
namespace Taxonomy.Api.Disarm.IncidentTechniques;

/// <summary>Incident→technique mappings (IT00000215 …): passages of incidents and the techniques they show.</summary>
public sealed class IncidentTechniquesController(TaxonomyDbContext db, ListTotals totals) : ResourceController<IncidentTechnique, IncidentTechniqueRequest, IncidentTechniqueResponse>
{
    /// <summary>
    /// Lists mappings, ordered by id: for integrators, the bulk incident→technique data. Filters:
    /// incident, technique (with includeSubtechniques=true, also its sub-techniques), tactic (a
    /// mapping naming any technique of the tactic) and DISARM release.
    /// </summary>
    [HttpGet]
    public async Task<PagedList<IncidentTechniqueResponse>> List([FromQuery(Name = "")] IncidentTechniqueListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var incidentId = await db.FilterAsync<Incident>(query.IncidentId, "incidentId", cancellationToken);
        var techniqueId = await db.FilterAsync<Technique>(query.TechniqueId, "techniqueId", cancellationToken);
        var tacticId = await db.FilterAsync<Tactic>(query.TacticId, "tacticId", cancellationToken);
        var subtechniques = query.IncludeSubtechniques == true;
        var version = query.DisarmVersion?.Trim();
        var mappings = db.IncidentTechniques.AsNoTracking()
            .Where(m => incidentId == null || m.IncidentId == incidentId)
            .Where(m => version == null || m.DisarmVersion == version);
        if (techniqueId is not null)
        {
            var named = db.MappingIdsNaming(db.Techniques.Where(t => t.Id == techniqueId || (subtechniques && t.ParentId == techniqueId)).Select(t => t.Id));
            mappings = mappings.Where(m => named.Contains(m.Id));
        }

        if (tacticId is not null)
        {
            var inTactic = db.MappingIdsNaming(db.Techniques.Where(t => t.TacticId == tacticId).Select(t => t.Id));
            mappings = mappings.Where(m => inTactic.Contains(m.Id));
        }

        var page = await mappings
            .ToPageAsync(m => m.Id, IncidentTechniqueResponse.WithoutTechniques, paging, totals, cancellationToken);

        // The page's techniques in a second query keyed by the page's ids: joined into the first, SQLite
        // builds the whole mapping-to-technique join before it can page (a second at 500,000 mappings).
        var ids = page.Items.Select(m => m.Id).ToList();
        var techniques = (await db.IncidentTechniques.AsNoTracking().Where(m => ids.Contains(m.Id))
                .SelectMany(m => m.Techniques, (m, t) => new { MappingId = m.Id, TechniqueId = t.Id })
                .ToListAsync(cancellationToken))
            .ToLookup(link => link.MappingId, link => link.TechniqueId);
        return page with { Items = page.Items.Select(m => m with { TechniqueIds = techniques[m.Id].Order(StringComparer.Ordinal).ToList() }).ToList() };
    }

    /// <summary>Gets a mapping by id (any letter case).</summary>
    /// <param name="id" example="IT00000215">The mapping's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<IncidentTechniqueResponse> Get(string id, CancellationToken cancellationToken) =>
        IncidentTechniqueResponse.From(await db.IncidentTechniques.AsNoTracking().Include(m => m.Techniques)
            .SingleByRouteIdAsync(id, cancellationToken));

    protected override async Task<IncidentTechnique> CreateAsync(IncidentTechniqueRequest request, CancellationToken cancellationToken)
    {
        var incidentId = await db.RequireAsync<Incident>(request.IncidentId, "incidentId", cancellationToken);
        var mapping = new IncidentTechnique(request.Id!, incidentId!, request.Description, request.DisarmVersion);
        mapping.SetTechniques(await db.ResolveAsync<Technique>(request.TechniqueIds, "techniqueIds", cancellationToken));
        return mapping;
    }

    protected override async Task ApplyAsync(IncidentTechnique mapping, IncidentTechniqueRequest request, CancellationToken cancellationToken)
    {
        var incidentId = await db.RequireAsync<Incident>(request.IncidentId, "incidentId", cancellationToken);
        mapping.Update(incidentId!, request.Description, request.DisarmVersion);
        mapping.SetTechniques(await db.ResolveAsync<Technique>(request.TechniqueIds, "techniqueIds", cancellationToken));
    }

    protected override IncidentTechniqueResponse Respond(IncidentTechnique entity) => IncidentTechniqueResponse.From(entity);
}
