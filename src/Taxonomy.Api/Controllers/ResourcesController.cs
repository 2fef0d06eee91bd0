using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts.Resources;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Api.Security;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>Resources that counters need (R001 datastreams …).</summary>
[ApiController]
[Route("api/v1/resources")]
public sealed class ResourcesController(TaxonomyDbContext db, Deletion deletion, ListTotals totals) : ControllerBase
{
    /// <summary>Lists resources, ordered by id.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<ResourceResponse>>(StatusCodes.Status200OK)]
    [ListProblems]
    public Task<PagedList<ResourceResponse>> List([FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        db.Resources.AsNoTracking().ToPageAsync(s => s.Id, ResourceResponse.Projection, paging, totals, cancellationToken);

    /// <summary>Gets a resource by id (any letter case).</summary>
    /// <param name="id" example="R004">The resource's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    [ProducesResponseType<ResourceResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<ResourceResponse> Get(string id, CancellationToken cancellationToken) =>
        ResourceResponse.From(await db.ReadByRouteIdAsync<Resource>(DisarmIds.Resource, id, cancellationToken));

    /// <summary>Creates a resource. Needs an admin key.</summary>
    [HttpPost]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<ResourceResponse>(StatusCodes.Status201Created)]
    [WriteProblems]
    public async Task<ActionResult<ResourceResponse>> Create(ResourceRequest request, CancellationToken cancellationToken)
    {
        var resource = new Resource(request.Id!, request.Name!, request.Summary, request.ResourceType);
        await db.AddNewAsync(resource, resource.Id, DisarmIds.Resource, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = resource.Id }, ResourceResponse.From(resource));
    }

    /// <summary>Replaces a resource's fields. Needs an admin key.</summary>
    /// <param name="id" example="R004">The resource's DISARM id.</param>
    /// <param name="request">The resource's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<ResourceResponse>(StatusCodes.Status200OK)]
    [WriteProblems]
    public async Task<ResourceResponse> Replace(string id, ResourceRequest request, CancellationToken cancellationToken)
    {
        var resource = await db.Resources.SingleByRouteIdAsync(DisarmIds.Resource, id, cancellationToken);
        resource.Update(request.Name!, request.Summary, request.ResourceType);
        await db.SaveChangesAsync(cancellationToken);
        return ResourceResponse.From(resource);
    }

    /// <summary>Deletes a resource that no counter or detection lists. Needs an admin key.</summary>
    /// <param name="id" example="R004">The resource's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [DeleteProblems]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await deletion.DeleteAsync<Resource>(DisarmIds.Resource, id, cancellationToken);
        return NoContent();
    }
}
