using Taxonomy.Api.Disarm.Countermeasures;

namespace Taxonomy.Api.Disarm.Detections;

/// <summary>Detections (F00001 …): ways to notice disinformation techniques in use.</summary>
public sealed class DetectionsController(TaxonomyDbContext db, ListTotals totals) : ResourceController<Detection, DetectionRequest, DetectionResponse>
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

    protected override async Task<Detection> CreateAsync(DetectionRequest request, CancellationToken cancellationToken)
    {
        var detection = new Detection(request.Id!, request.ToDetails());
        await db.LinkAsync(detection, request, cancellationToken);
        return detection;
    }

    protected override async Task ApplyAsync(Detection detection, DetectionRequest request, CancellationToken cancellationToken)
    {
        detection.Update(request.ToDetails());
        await db.LinkAsync(detection, request, cancellationToken);
    }

    protected override DetectionResponse Respond(Detection entity) => DetectionResponse.From(entity);
}
