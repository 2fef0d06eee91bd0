
namespace Taxonomy.Api.Disarm.NamedObjects;

/// <summary>
/// The lists whose entries are an id, a name and a summary (frameworks, metatechniques, response
/// types, sectors), one controller per list (see <see cref="NamedObjectControllers"/>). The
/// documentation's {kind}, {resources} and {example} name the list's type.
/// </summary>
public sealed class NamedObjectsController<T>(TaxonomyDbContext db, ListTotals totals) : ResourceController<T>
    where T : class, INamedObject<T>
{
    /// <summary>Lists {resources}, ordered by id.</summary>
    [HttpGet]
    public Task<PagedList<NamedObjectResponse>> List([FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        db.Set<T>().AsNoTracking().ToPageAsync(o => o.Id, o => new NamedObjectResponse(o.Id, o.Name, o.Summary, o.InLatestImport), paging, totals, cancellationToken);

    /// <summary>Gets a {kind} by id (any letter case).</summary>
    /// <param name="id" example="{example}">The {kind}'s DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<NamedObjectResponse> Get(string id, CancellationToken cancellationToken) =>
        NamedObjectResponse.From(await db.ReadByRouteIdAsync<T>(id, cancellationToken));

    /// <summary>Creates a {kind}. Needs an admin key.</summary>
    [HttpPost]
    public async Task<ActionResult<NamedObjectResponse>> Create(NamedObjectRequest request, CancellationToken cancellationToken)
    {
        var entity = T.Create(request.Id!, request.Name!, request.Summary);
        return await this.CreateAsync(db, entity, NamedObjectResponse.From, cancellationToken);
    }

    /// <summary>Replaces a {kind}'s fields. Needs an admin key.</summary>
    /// <param name="id" example="{example}">The {kind}'s DISARM id.</param>
    /// <param name="request">The {kind}'s new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    public async Task<NamedObjectResponse> Replace(string id, NamedObjectRequest request, CancellationToken cancellationToken)
    {
        var entity = await db.Set<T>().SingleByRouteIdAsync(id, cancellationToken);
        entity.Update(request.Name!, request.Summary);
        return await db.SaveAsync(entity, NamedObjectResponse.From, cancellationToken);
    }
}
