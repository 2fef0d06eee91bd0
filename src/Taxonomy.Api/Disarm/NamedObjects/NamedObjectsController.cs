namespace Taxonomy.Api.Disarm.NamedObjects;

/// <summary>
/// The lists whose entries are an id, a name and a summary (frameworks, metatechniques, response
/// types, sectors), one controller per list (see <see cref="NamedObjectControllers"/>). The
/// documentation's {kind}, {resources} and {example} name the list's type.
/// </summary>
public sealed class NamedObjectsController<T>(TaxonomyDbContext db, ListTotals totals) : ResourceController<T, NamedObjectRequest, NamedObjectResponse>
    where T : DisarmObject, INamedObject<T>
{
    /// <summary>Lists {resources}, ordered by id.</summary>
    [HttpGet]
    public Task<PagedList<NamedObjectResponse>> List([FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        db.Set<T>().AsNoTracking().ToPageAsync(o => o.Id, o => new NamedObjectResponse(o.Id, o.Name, o.Summary, o.InLatestImport, o.Version, o.Modified), paging, totals, cancellationToken);

    /// <summary>Gets a {kind} by id (any letter case).</summary>
    /// <param name="id" example="{example}">The {kind}'s DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<NamedObjectResponse> Get(string id, CancellationToken cancellationToken) =>
        NamedObjectResponse.From(await db.ReadByRouteIdAsync<T>(id, cancellationToken));

    protected override Task<T> CreateAsync(NamedObjectRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(T.Create(request.Id!, request.Name!, request.Summary));

    protected override Task ApplyAsync(T entity, NamedObjectRequest request, CancellationToken cancellationToken)
    {
        entity.Update(request.Name!, request.Summary);
        return Task.CompletedTask;
    }

    protected override NamedObjectResponse Respond(T entity) => NamedObjectResponse.From(entity);
}
