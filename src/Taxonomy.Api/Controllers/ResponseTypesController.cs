using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts.ResponseTypes;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Api.Security;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>How a counter responds: D01 Detect … D07 Exposure.</summary>
[ApiController]
[Route("api/v1/response-types")]
public sealed class ResponseTypesController(TaxonomyDbContext db, Deletion deletion, ListTotals totals) : ControllerBase
{
    /// <summary>Lists response types, ordered by id.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<ResponseTypeResponse>>(StatusCodes.Status200OK)]
    [ListProblems]
    public Task<PagedList<ResponseTypeResponse>> List([FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        db.ResponseTypes.AsNoTracking().ToPageAsync(s => s.Id, ResponseTypeResponse.Projection, paging, totals, cancellationToken);

    /// <summary>Gets a response type by id (any letter case).</summary>
    /// <param name="id" example="D02">The response type's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    [ProducesResponseType<ResponseTypeResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<ResponseTypeResponse> Get(string id, CancellationToken cancellationToken) =>
        ResponseTypeResponse.From(await db.ReadByRouteIdAsync<ResponseType>(DisarmIds.ResponseType, id, cancellationToken));

    /// <summary>Creates a response type. Needs an admin key.</summary>
    [HttpPost]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<ResponseTypeResponse>(StatusCodes.Status201Created)]
    [WriteProblems]
    public async Task<ActionResult<ResponseTypeResponse>> Create(ResponseTypeRequest request, CancellationToken cancellationToken)
    {
        var entity = new ResponseType(request.Id!, request.Name!, request.Summary);
        await db.AddNewAsync(entity, entity.Id, DisarmIds.ResponseType, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = entity.Id }, ResponseTypeResponse.From(entity));
    }

    /// <summary>Replaces a response type's fields. Needs an admin key.</summary>
    /// <param name="id" example="D02">The response type's DISARM id.</param>
    /// <param name="request">The response type's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<ResponseTypeResponse>(StatusCodes.Status200OK)]
    [WriteProblems]
    public async Task<ResponseTypeResponse> Replace(string id, ResponseTypeRequest request, CancellationToken cancellationToken)
    {
        var entity = await db.ResponseTypes.SingleByRouteIdAsync(DisarmIds.ResponseType, id, cancellationToken);
        entity.Update(request.Name!, request.Summary);
        await db.SaveChangesAsync(cancellationToken);
        return ResponseTypeResponse.From(entity);
    }

    /// <summary>Deletes a response type that no counter or detection references. Needs an admin key.</summary>
    /// <param name="id" example="D02">The response type's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [DeleteProblems]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await deletion.DeleteAsync<ResponseType>(DisarmIds.ResponseType, id, cancellationToken);
        return NoContent();
    }
}
