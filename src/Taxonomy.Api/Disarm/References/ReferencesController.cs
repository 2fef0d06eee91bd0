using Taxonomy.Api.OpenApi;

namespace Taxonomy.Api.Disarm.References;

/// <summary>
/// References: the source documents incidents cite, identified by URL. They have no DISARM id, so
/// the API numbers them.
/// </summary>
[ResourceOf<Reference>]
public sealed class ReferencesController(TaxonomyDbContext db, ListTotals totals) : ControllerBase
{
    /// <summary>Lists references, ordered by number, optionally the one with a given URL.</summary>
    [HttpGet]
    public Task<PagedList<ReferenceResponse>> List([FromQuery(Name = "")] ReferenceListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        db.References.AsNoTracking().Where(r => query.Url == null || r.Url == query.Url.Trim())
            .OrderBy(r => r.Id).Select(ReferenceResponse.Projection).ToPageAsync(paging, totals, cancellationToken);

    /// <summary>Gets a reference by number.</summary>
    /// <param name="id" example="1">The reference's number.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id:int}")]
    public async Task<ReferenceResponse> Get(int id, CancellationToken cancellationToken) =>
        ReferenceResponse.From(await FindAsync(db.References.AsNoTracking(), id, cancellationToken));

    /// <summary>Creates a reference; its URL must not be taken. Needs an admin key.</summary>
    [HttpPost]
    public async Task<ActionResult<ReferenceResponse>> Create(ReferenceRequest request, CancellationToken cancellationToken)
    {
        var reference = new Reference(request.Url!, request.PublishedOn, request.PublishedOnText, request.Authors, request.Organisation, request.ArchiveUrl);
        await RequireFreeUrlAsync(reference.Url, null, cancellationToken);
        db.References.Add(reference);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = reference.Id }, ReferenceResponse.From(reference));
    }

    /// <summary>Replaces a reference's fields, its URL included. Needs an admin key.</summary>
    /// <param name="id" example="1">The reference's number.</param>
    /// <param name="request">The reference's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id:int}")]
    public async Task<ReferenceResponse> Replace(int id, ReferenceRequest request, CancellationToken cancellationToken)
    {
        var reference = await FindAsync(db.References, id, cancellationToken);
        reference.ChangeUrl(request.Url!);
        await RequireFreeUrlAsync(reference.Url, id, cancellationToken);
        reference.Update(request.PublishedOn, request.PublishedOnText, request.Authors, request.Organisation, request.ArchiveUrl);
        return await db.SaveAsync(reference, ReferenceResponse.From, cancellationToken);
    }

    /// <summary>Deletes a reference. Incidents keep citing its URL, without its details. Needs an admin key.</summary>
    /// <param name="id" example="1">The reference's number.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id:int}")]
    [ProblemResponses(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        db.References.Remove(await FindAsync(db.References, id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return NoContent();
    }

    private static async Task<Reference> FindAsync(IQueryable<Reference> references, int id, CancellationToken cancellationToken) =>
        await references.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new ResourceNotFoundException($"There is no reference {id}.");

    private async Task RequireFreeUrlAsync(string url, int? ownId, CancellationToken cancellationToken)
    {
        var holder = await db.References.Where(r => r.Url == url && r.Id != ownId).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (holder is not null)
        {
            throw new ConflictException($"Reference {holder} already has the URL {url}.");
        }
    }
}
