using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts.ActorTypes;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Pages;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Api.Security;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>Actor types (A001 …): the kinds of actors who run counters, with their sectors.</summary>
[ApiController]
[Route("api/v1/actor-types")]
public sealed class ActorTypesController(TaxonomyDbContext db, Deletion deletion, ListTotals totals) : ControllerBase
{
    /// <summary>Lists actor types, ordered by id, optionally of one sector or framework.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<ActorTypeResponse>>(StatusCodes.Status200OK)]
    [ListProblems]
    public async Task<PagedList<ActorTypeResponse>> List([FromQuery(Name = "")] ActorTypeListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var sectorId = await db.FilterAsync<Sector>(query.SectorId, DisarmIds.Sector, "sectorId", cancellationToken);
        var frameworkId = await db.FilterAsync<Framework>(query.FrameworkId, DisarmIds.Framework, "frameworkId", cancellationToken);
        return await db.ActorTypes.AsNoTracking()
            .Where(a => sectorId == null || a.Sectors.Any(s => s.Id == sectorId))
            .Where(a => frameworkId == null || a.Frameworks.Any(f => f.Id == frameworkId))
            .ToPageAsync(a => a.Id, ActorTypeResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>Gets an actor type by id (any letter case). Send Accept: text/markdown for DISARM's page of it instead.</summary>
    /// <param name="id" example="A033">The actor type's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [MarkdownPage("actortypes")]
    [HttpGet("{id}")]
    [ProducesResponseType<ActorTypeResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<ActorTypeResponse> Get(string id, CancellationToken cancellationToken) =>
        ActorTypeResponse.From(await db.ActorTypes.AsNoTracking().Include(a => a.Sectors).Include(a => a.Frameworks)
            .SingleByRouteIdAsync(DisarmIds.ActorType, id, cancellationToken));

    /// <summary>Creates an actor type. Needs an admin key.</summary>
    [HttpPost]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<ActorTypeResponse>(StatusCodes.Status201Created)]
    [WriteProblems]
    public async Task<ActionResult<ActorTypeResponse>> Create(ActorTypeRequest request, CancellationToken cancellationToken)
    {
        var actorType = new ActorType(request.Id!, request.Name!, request.Summary);
        await LinkAsync(actorType, request, cancellationToken);
        await db.AddNewAsync(actorType, actorType.Id, DisarmIds.ActorType, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = actorType.Id }, ActorTypeResponse.From(actorType));
    }

    /// <summary>Replaces an actor type's fields and links. Needs an admin key.</summary>
    /// <param name="id" example="A033">The actor type's DISARM id.</param>
    /// <param name="request">The actor type's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<ActorTypeResponse>(StatusCodes.Status200OK)]
    [WriteProblems]
    public async Task<ActorTypeResponse> Replace(string id, ActorTypeRequest request, CancellationToken cancellationToken)
    {
        var actorType = await db.ActorTypes.Include(a => a.Sectors).Include(a => a.Frameworks).SingleByRouteIdAsync(DisarmIds.ActorType, id, cancellationToken);
        actorType.Update(request.Name!, request.Summary);
        await LinkAsync(actorType, request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ActorTypeResponse.From(actorType);
    }

    /// <summary>Deletes an actor type that no counter or detection lists. Needs an admin key.</summary>
    /// <param name="id" example="A033">The actor type's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [DeleteProblems]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await deletion.DeleteAsync<ActorType>(DisarmIds.ActorType, id, cancellationToken);
        return NoContent();
    }

    private async Task LinkAsync(ActorType actorType, ActorTypeRequest request, CancellationToken cancellationToken)
    {
        actorType.SetSectors(await db.ResolveAsync<Sector>(request.SectorIds, DisarmIds.Sector, "sectorIds", cancellationToken));
        actorType.SetFrameworks(await db.ResolveAsync<Framework>(request.FrameworkIds, DisarmIds.Framework, "frameworkIds", cancellationToken));
    }
}
