using Taxonomy.Api.OpenApi;

namespace Taxonomy.Api.Disarm.Incidents;

/// <summary>Incidents (I00001 …): documented influence operations.</summary>
public sealed class IncidentsController(TaxonomyDbContext db, ListTotals totals) : ResourceController<Incident, IncidentRequest, IncidentResponse>
{
    /// <summary>Lists incidents, ordered by id.</summary>
    [HttpGet]
    public Task<PagedList<IncidentResponse>> List([FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        db.Incidents.AsNoTracking().ToPageAsync(i => i.Id, IncidentResponse.Projection, paging, totals, cancellationToken);

    /// <summary>Gets an incident by id (any letter case).</summary>
    /// <param name="id" example="I00251">The incident's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<IncidentResponse> Get(string id, CancellationToken cancellationToken) =>
        IncidentResponse.From(await db.ReadByRouteIdAsync<Incident>(id, cancellationToken));

    protected override async Task<Incident> CreateAsync(IncidentRequest request, CancellationToken cancellationToken)
    {
        var incident = new Incident(request.Id!, request.ToDetails());
        return incident;
    }

    protected override async Task ApplyAsync(Incident incident, IncidentRequest request, CancellationToken cancellationToken)
    {
        incident.Update(request.ToDetails());
    }

    protected override IncidentResponse Respond(Incident entity) => IncidentResponse.From(entity);

    /// <summary>The techniques an incident shows, by id, each with the passages quoted for it.</summary>
    /// <param name="id" example="I00251">The incident's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}/techniques")]
    [OperationId("listTechniquesOfIncident")]
    public async Task<IReadOnlyList<IncidentTechniqueLink>> IncidentTechniques(string id, CancellationToken cancellationToken)
    {
        var incident = await db.ReadByRouteIdAsync<Incident>(id, cancellationToken);
        return await db.IncidentTechniqueLinksAsync(incident.Id, cancellationToken);
    }

    /// <summary>An incident's sources in DISARM's order, with what the references record about each.</summary>
    /// <param name="id" example="I00251">The incident's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}/references")]
    [OperationId("listReferencesOfIncident")]
    public async Task<IReadOnlyList<IncidentReference>> IncidentReferences(string id, CancellationToken cancellationToken)
    {
        var incident = await db.ReadByRouteIdAsync<Incident>(id, cancellationToken);
        var known = await db.References.AsNoTracking().Where(r => incident.Urls.Contains(r.Url)).ToDictionaryAsync(r => r.Url, cancellationToken);
        return incident.Urls.Select(url => known.TryGetValue(url, out var r)
                ? new IncidentReference(url, r.Id, r.PublishedOn, r.PublishedOnText, r.Authors, r.Organisation, r.ArchiveUrl)
                : new IncidentReference(url, null, null, null, null, null, null))
            .ToList();
    }
}
