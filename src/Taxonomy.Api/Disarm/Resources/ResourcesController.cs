
namespace Taxonomy.Api.Disarm.Resources;

/// <summary>Resources that counters need (R001 datastreams …).</summary>
public sealed class ResourcesController(TaxonomyDbContext db, ListTotals totals) : ResourceController<Resource, ResourceRequest, ResourceResponse>
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

    protected override async Task<Resource> CreateAsync(ResourceRequest request, CancellationToken cancellationToken)
    {
        var resource = new Resource(request.Id!, request.Name!, request.Summary, request.ResourceType);
        return resource;
    }

    protected override async Task ApplyAsync(Resource resource, ResourceRequest request, CancellationToken cancellationToken)
    {
        resource.Update(request.Name!, request.Summary, request.ResourceType);
    }

    protected override ResourceResponse Respond(Resource entity) => ResourceResponse.From(entity);
}
