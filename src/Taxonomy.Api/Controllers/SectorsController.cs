using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts.Sectors;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Api.Security;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>Sectors of society (S001 Nonprofit …) that actor types belong to.</summary>
[ApiController]
[Route("api/v1/sectors")]
public sealed class SectorsController(TaxonomyDbContext db, Deletion deletion, ListTotals totals) : ControllerBase
{
    /// <summary>Lists sectors, ordered by id.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<SectorResponse>>(StatusCodes.Status200OK)]
    [ListProblems]
    public Task<PagedList<SectorResponse>> List([FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        db.Sectors.AsNoTracking().ToPageAsync(s => s.Id, SectorResponse.Projection, paging, totals, cancellationToken);

    /// <summary>Gets a sector by id (any letter case).</summary>
    /// <param name="id" example="S007">The sector's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    [ProducesResponseType<SectorResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<SectorResponse> Get(string id, CancellationToken cancellationToken) =>
        SectorResponse.From(await db.ReadByRouteIdAsync<Sector>(DisarmIds.Sector, id, cancellationToken));

    /// <summary>Creates a sector. Needs an admin key.</summary>
    [HttpPost]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<SectorResponse>(StatusCodes.Status201Created)]
    [WriteProblems]
    public async Task<ActionResult<SectorResponse>> Create(SectorRequest request, CancellationToken cancellationToken)
    {
        var sector = new Sector(request.Id!, request.Name!, request.Summary);
        await db.AddNewAsync(sector, sector.Id, DisarmIds.Sector, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = sector.Id }, SectorResponse.From(sector));
    }

    /// <summary>Replaces a sector's fields. Needs an admin key.</summary>
    /// <param name="id" example="S007">The sector's DISARM id.</param>
    /// <param name="request">The sector's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<SectorResponse>(StatusCodes.Status200OK)]
    [WriteProblems]
    public async Task<SectorResponse> Replace(string id, SectorRequest request, CancellationToken cancellationToken)
    {
        var sector = await db.Sectors.SingleByRouteIdAsync(DisarmIds.Sector, id, cancellationToken);
        sector.Update(request.Name!, request.Summary);
        await db.SaveChangesAsync(cancellationToken);
        return SectorResponse.From(sector);
    }

    /// <summary>Deletes a sector that no actor type lists. Needs an admin key.</summary>
    /// <param name="id" example="S007">The sector's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [DeleteProblems]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await deletion.DeleteAsync<Sector>(DisarmIds.Sector, id, cancellationToken);
        return NoContent();
    }
}
