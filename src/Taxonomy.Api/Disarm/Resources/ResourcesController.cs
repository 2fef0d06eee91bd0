
namespace Taxonomy.Api.Disarm.Resources;

/// <summary>Resources that counters need (R001 datastreams …).</summary>
public sealed class ResourcesController(TaxonomyDbContext db, ListTotals totals) : ResourceController<Resource>
{
    /// <summary>Lists resources, ordered by id.</summary>
    [HttpGet]
    public Task<PagedList<ResourceResponse>> List([FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        db.Resources.AsNoTracking().ToPageAsync(s => s.Id, ResourceResponse.Projection, paging, totals, cancellationToken);

    /// <summary>Gets a resource by id (any letter case).</summary>
    /// <param name="id" example="R004">The resource's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<ResourceResponse> Get(string id, CancellationToken cancellationToken) =>
        ResourceResponse.From(await db.ReadByRouteIdAsync<Resource>(id, cancellationToken));

    /// <summary>Creates a resource. Needs an admin key.</summary>
    [HttpPost]
    public async Task<ActionResult<ResourceResponse>> Create(ResourceRequest request, CancellationToken cancellationToken)
    {
        var resource = new Resource(request.Id!, request.Name!, request.Summary, request.ResourceType);
        return await this.CreateAsync(db, resource, ResourceResponse.From, cancellationToken);
    }

    /// <summary>Replaces a resource's fields. Needs an admin key.</summary>
    /// <param name="id" example="R004">The resource's DISARM id.</param>
    /// <param name="request">The resource's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    public async Task<ResourceResponse> Replace(string id, ResourceRequest request, CancellationToken cancellationToken)
    {
        var resource = await db.Resources.SingleByRouteIdAsync(id, cancellationToken);
        resource.Update(request.Name!, request.Summary, request.ResourceType);
        return await db.SaveAsync(resource, ResourceResponse.From, cancellationToken);
    }
}
