using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts.Metatechniques;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Pages;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Api.Security;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>A family of counters that work the same way, such as M004 Friction.</summary>
[ApiController]
[Route("api/v1/metatechniques")]
public sealed class MetatechniquesController(TaxonomyDbContext db, Deletion deletion, ListTotals totals) : ControllerBase
{
    /// <summary>Lists metatechniques, ordered by id.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<MetatechniqueResponse>>(StatusCodes.Status200OK)]
    [ListProblems]
    public Task<PagedList<MetatechniqueResponse>> List([FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        db.Metatechniques.AsNoTracking().ToPageAsync(s => s.Id, MetatechniqueResponse.Projection, paging, totals, cancellationToken);

    /// <summary>Gets a metatechnique by id (any letter case). Send Accept: text/markdown for DISARM's page of it instead.</summary>
    /// <param name="id" example="M004">The metatechnique's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [MarkdownPage("metatechniques")]
    [HttpGet("{id}")]
    [ProducesResponseType<MetatechniqueResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<MetatechniqueResponse> Get(string id, CancellationToken cancellationToken) =>
        MetatechniqueResponse.From(await db.ReadByRouteIdAsync<Metatechnique>(DisarmIds.Metatechnique, id, cancellationToken));

    /// <summary>Creates a metatechnique. Needs an admin key.</summary>
    [HttpPost]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<MetatechniqueResponse>(StatusCodes.Status201Created)]
    [WriteProblems]
    public async Task<ActionResult<MetatechniqueResponse>> Create(MetatechniqueRequest request, CancellationToken cancellationToken)
    {
        var entity = new Metatechnique(request.Id!, request.Name!, request.Summary);
        await db.AddNewAsync(entity, entity.Id, DisarmIds.Metatechnique, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = entity.Id }, MetatechniqueResponse.From(entity));
    }

    /// <summary>Replaces a metatechnique's fields. Needs an admin key.</summary>
    /// <param name="id" example="M004">The metatechnique's DISARM id.</param>
    /// <param name="request">The metatechnique's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<MetatechniqueResponse>(StatusCodes.Status200OK)]
    [WriteProblems]
    public async Task<MetatechniqueResponse> Replace(string id, MetatechniqueRequest request, CancellationToken cancellationToken)
    {
        var entity = await db.Metatechniques.SingleByRouteIdAsync(DisarmIds.Metatechnique, id, cancellationToken);
        entity.Update(request.Name!, request.Summary);
        await db.SaveChangesAsync(cancellationToken);
        return MetatechniqueResponse.From(entity);
    }

    /// <summary>Deletes a metatechnique that no counter or detection references. Needs an admin key.</summary>
    /// <param name="id" example="M004">The metatechnique's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [DeleteProblems]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await deletion.DeleteAsync<Metatechnique>(DisarmIds.Metatechnique, id, cancellationToken);
        return NoContent();
    }
}
