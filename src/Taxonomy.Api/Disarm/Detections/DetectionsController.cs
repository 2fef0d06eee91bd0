using Taxonomy.Api.Disarm.Countermeasures;

namespace Taxonomy.Api.Disarm.Detections;

/// <summary>Detections (F00001 …): ways to notice disinformation techniques in use.</summary>
public sealed class DetectionsController(TaxonomyDbContext db, ListTotals totals) : ResourceController<Detection>
{
    /// <summary>Lists detections, ordered by id, optionally filtered by what they relate to.</summary>
    [HttpGet]
    public async Task<PagedList<DetectionResponse>> List([FromQuery(Name = "")] CountermeasureListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        await (await db.FilteredAsync<Detection>(query, db.DetectionIdsListing, cancellationToken)).ToPageAsync(c => c.Id, DetectionResponse.Projection, paging, totals, cancellationToken);

    /// <summary>Gets a detection by id (any letter case).</summary>
    /// <param name="id" example="F00001">The detection's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<DetectionResponse> Get(string id, CancellationToken cancellationToken) =>
        DetectionResponse.From(await db.Detections.AsNoTracking().WithLinks().SingleByRouteIdAsync(id, cancellationToken));

    /// <summary>Creates a detection; every id it names must exist. Needs an admin key.</summary>
    [HttpPost]
    public async Task<ActionResult<DetectionResponse>> Create(DetectionRequest request, CancellationToken cancellationToken)
    {
        var detection = new Detection(request.Id!, request.ToDetails());
        await db.LinkAsync(detection, request, cancellationToken);
        return await this.CreateAsync(db, detection, DetectionResponse.From, cancellationToken);
    }

    /// <summary>Replaces a detection's fields and links. Needs an admin key.</summary>
    /// <param name="id" example="F00001">The detection's DISARM id.</param>
    /// <param name="request">The detection's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    public async Task<DetectionResponse> Replace(string id, DetectionRequest request, CancellationToken cancellationToken)
    {
        var detection = await db.Detections.WithLinks().SingleByRouteIdAsync(id, cancellationToken);
        detection.Update(request.ToDetails());
        await db.LinkAsync(detection, request, cancellationToken);
        return await db.SaveAsync(detection, DetectionResponse.From, cancellationToken);
    }
}
