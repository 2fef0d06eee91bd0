using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts.Detections;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Api.Security;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>Detections (F00001 …): ways to notice disinformation techniques in use.</summary>
[ApiController]
[Route("api/v1/detections")]
public sealed class DetectionsController(TaxonomyDbContext db, Deletion deletion, ListTotals totals) : ControllerBase
{
    /// <summary>Lists detections, ordered by id, optionally filtered by what they relate to.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<DetectionResponse>>(StatusCodes.Status200OK)]
    [ListProblems]
    public async Task<PagedList<DetectionResponse>> List([FromQuery(Name = "")] DetectionListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var tacticId = await db.FilterAsync<Tactic>(query.TacticId, DisarmIds.Tactic, "tacticId", cancellationToken);
        var techniqueId = await db.FilterAsync<Technique>(query.TechniqueId, DisarmIds.Technique, "techniqueId", cancellationToken);
        var metatechniqueId = await db.FilterAsync<Metatechnique>(query.MetatechniqueId, DisarmIds.Metatechnique, "metatechniqueId", cancellationToken);
        var responseTypeId = await db.FilterAsync<ResponseType>(query.ResponseTypeId, DisarmIds.ResponseType, "responseTypeId", cancellationToken);
        var actorTypeId = await db.FilterAsync<ActorType>(query.ActorTypeId, DisarmIds.ActorType, "actorTypeId", cancellationToken);
        return await db.Detections.AsNoTracking().AsSplitQuery()
            .Where(c => tacticId == null || c.TacticId == tacticId)
            .Where(c => techniqueId == null || db.DetectionIdsListing(techniqueId).Contains(c.Id))
            .Where(c => metatechniqueId == null || c.MetatechniqueId == metatechniqueId)
            .Where(c => responseTypeId == null || c.ResponseTypeId == responseTypeId)
            .Where(c => actorTypeId == null || c.ActorTypes.Any(a => a.Id == actorTypeId))
            .ToPageAsync(c => c.Id, DetectionResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>Gets a detection by id (any letter case).</summary>
    /// <param name="id" example="F00001">The detection's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    [ProducesResponseType<DetectionResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<DetectionResponse> Get(string id, CancellationToken cancellationToken) =>
        DetectionResponse.From(await WithLinks().AsNoTracking().SingleByRouteIdAsync(DisarmIds.Detection, id, cancellationToken));

    /// <summary>Creates a detection; every id it names must exist. Needs an admin key.</summary>
    [HttpPost]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<DetectionResponse>(StatusCodes.Status201Created)]
    [WriteProblems]
    public async Task<ActionResult<DetectionResponse>> Create(DetectionRequest request, CancellationToken cancellationToken)
    {
        await RequireLinksAsync(request, cancellationToken);
        var detection = new Detection(request.Id!, request.ToDetails());
        await LinkAsync(detection, request, cancellationToken);
        await db.AddNewAsync(detection, detection.Id, DisarmIds.Detection, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = detection.Id }, DetectionResponse.From(detection));
    }

    /// <summary>Replaces a detection's fields and links. Needs an admin key.</summary>
    /// <param name="id" example="F00001">The detection's DISARM id.</param>
    /// <param name="request">The detection's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<DetectionResponse>(StatusCodes.Status200OK)]
    [WriteProblems]
    public async Task<DetectionResponse> Replace(string id, DetectionRequest request, CancellationToken cancellationToken)
    {
        var detection = await WithLinks().SingleByRouteIdAsync(DisarmIds.Detection, id, cancellationToken);
        await RequireLinksAsync(request, cancellationToken);
        detection.Update(request.ToDetails());
        await LinkAsync(detection, request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return DetectionResponse.From(detection);
    }

    /// <summary>Deletes a detection; its own links go with it. Needs an admin key.</summary>
    /// <param name="id" example="F00001">The detection's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [DeleteProblems]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await deletion.DeleteAsync<Detection>(DisarmIds.Detection, id, cancellationToken);
        return NoContent();
    }

    private IQueryable<Detection> WithLinks() =>
        db.Detections.Include(c => c.Techniques).Include(c => c.ActorTypes).Include(c => c.Resources).Include(c => c.Incidents).AsSplitQuery();

    private async Task RequireLinksAsync(DetectionRequest request, CancellationToken cancellationToken)
    {
        await db.RequireAsync<Metatechnique>(request.MetatechniqueId, DisarmIds.Metatechnique, "metatechniqueId", cancellationToken);
        await db.RequireAsync<Tactic>(request.TacticId, DisarmIds.Tactic, "tacticId", cancellationToken);
        await db.RequireAsync<ResponseType>(request.ResponseTypeId, DisarmIds.ResponseType, "responseTypeId", cancellationToken);
    }

    private async Task LinkAsync(Detection detection, DetectionRequest request, CancellationToken cancellationToken)
    {
        detection.SetTechniques(await db.ResolveAsync<Technique>(request.TechniqueIds, DisarmIds.Technique, "techniqueIds", cancellationToken));
        detection.SetActorTypes(await db.ResolveAsync<ActorType>(request.ActorTypeIds, DisarmIds.ActorType, "actorTypeIds", cancellationToken));
        detection.SetResources(await db.ResolveAsync<Resource>(request.ResourceIds, DisarmIds.Resource, "resourceIds", cancellationToken));
        detection.SetIncidents(await db.ResolveAsync<Incident>(request.IncidentIds, DisarmIds.Incident, "incidentIds", cancellationToken));
    }
}
