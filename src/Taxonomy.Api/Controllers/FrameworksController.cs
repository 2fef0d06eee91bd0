using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts.Frameworks;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Api.Security;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>A DISARM framework: FW01 Red (incident creation), FW02 Blue (counters), FW03 Green.</summary>
[ApiController]
[Route("api/v1/frameworks")]
public sealed class FrameworksController(TaxonomyDbContext db, Deletion deletion, ListTotals totals) : ControllerBase
{
    /// <summary>Lists frameworks, ordered by id.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<FrameworkResponse>>(StatusCodes.Status200OK)]
    [ListProblems]
    public Task<PagedList<FrameworkResponse>> List([FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        db.Frameworks.AsNoTracking().ToPageAsync(s => s.Id, FrameworkResponse.Projection, paging, totals, cancellationToken);

    /// <summary>Gets a framework by id (any letter case).</summary>
    /// <param name="id" example="FW01">The framework's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    [ProducesResponseType<FrameworkResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<FrameworkResponse> Get(string id, CancellationToken cancellationToken) =>
        FrameworkResponse.From(await db.ReadByRouteIdAsync<Framework>(DisarmIds.Framework, id, cancellationToken));

    /// <summary>Creates a framework. Needs an admin key.</summary>
    [HttpPost]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<FrameworkResponse>(StatusCodes.Status201Created)]
    [WriteProblems]
    public async Task<ActionResult<FrameworkResponse>> Create(FrameworkRequest request, CancellationToken cancellationToken)
    {
        var entity = new Framework(request.Id!, request.Name!, request.Summary);
        await db.AddNewAsync(entity, entity.Id, DisarmIds.Framework, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = entity.Id }, FrameworkResponse.From(entity));
    }

    /// <summary>Replaces a framework's fields. Needs an admin key.</summary>
    /// <param name="id" example="FW01">The framework's DISARM id.</param>
    /// <param name="request">The framework's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<FrameworkResponse>(StatusCodes.Status200OK)]
    [WriteProblems]
    public async Task<FrameworkResponse> Replace(string id, FrameworkRequest request, CancellationToken cancellationToken)
    {
        var entity = await db.Frameworks.SingleByRouteIdAsync(DisarmIds.Framework, id, cancellationToken);
        entity.Update(request.Name!, request.Summary);
        await db.SaveChangesAsync(cancellationToken);
        return FrameworkResponse.From(entity);
    }

    /// <summary>Deletes a framework that no task or actor type references. Needs an admin key.</summary>
    /// <param name="id" example="FW01">The framework's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [DeleteProblems]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await deletion.DeleteAsync<Framework>(DisarmIds.Framework, id, cancellationToken);
        return NoContent();
    }
}
