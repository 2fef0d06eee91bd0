namespace Taxonomy.Api.Disarm.References;

/// <summary>
/// References: the source documents incidents cite, identified by URL. They have no DISARM id, so
/// the API numbers them. Deleting one leaves the incidents citing its URL, without its details.
/// </summary>
public sealed class ReferencesController(TaxonomyDbContext db, ListTotals totals) : ResourceController<Reference, ReferenceRequest, ReferenceResponse>
{
    /// <summary>Lists references, ordered by number, optionally the one with a given URL.</summary>
    [HttpGet]
    public Task<PagedList<ReferenceResponse>> List([FromQuery(Name = "")] ReferenceListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        db.References.AsNoTracking().Where(r => query.Url == null || r.Url == query.Url.Trim())
            .OrderBy(r => r.Id).Select(ReferenceResponse.Projection).ToPageAsync(paging, totals, cancellationToken);

    /// <summary>Gets a reference by number.</summary>
    /// <param name="id" example="1">The reference's number.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<ReferenceResponse> Get(string id, CancellationToken cancellationToken) =>
        ReferenceResponse.From(await db.References.AsNoTracking().SingleByRouteIdAsync(id, cancellationToken));

    /// <summary>A reference's URL must not be taken (409 naming the reference that has it).</summary>
    protected override async Task<Reference> CreateAsync(ReferenceRequest request, CancellationToken cancellationToken)
    {
        var reference = new Reference(request.Url!, request.PublishedOn, request.PublishedOnText, request.Authors, request.Organisation, request.ArchiveUrl);
        await RequireFreeUrlAsync(reference.Url, null, cancellationToken);
        return reference;
    }

    protected override async Task ApplyAsync(Reference reference, ReferenceRequest request, CancellationToken cancellationToken)
    {
        reference.ChangeUrl(request.Url!);
        await RequireFreeUrlAsync(reference.Url, reference.Id, cancellationToken);
        reference.Update(request.PublishedOn, request.PublishedOnText, request.Authors, request.Organisation, request.ArchiveUrl);
    }

    protected override ReferenceResponse Respond(Reference entity) => ReferenceResponse.From(entity);

    private async Task RequireFreeUrlAsync(string url, int? ownId, CancellationToken cancellationToken)
    {
        var holder = await db.References.Where(r => r.Url == url && r.Id != ownId).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (holder is not null)
        {
            throw new ConflictException($"Reference {holder} already has the URL {url}.");
        }
    }
}
