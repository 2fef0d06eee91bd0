using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts.AssociatedTechniques;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Api.Security;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>Associated techniques (AT00000001 …): notes relating one technique to another.</summary>
[ApiController]
[Route("api/v1/associated-techniques")]
public sealed class AssociatedTechniquesController(TaxonomyDbContext db, Deletion deletion, ListTotals totals) : ControllerBase
{
    /// <summary>Lists associations, ordered by id, optionally of one technique.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<AssociatedTechniqueResponse>>(StatusCodes.Status200OK)]
    [ListProblems]
    public async Task<PagedList<AssociatedTechniqueResponse>> List([FromQuery(Name = "")] AssociatedTechniqueListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var techniqueId = await db.FilterAsync<Technique>(query.TechniqueId, DisarmIds.Technique, "techniqueId", cancellationToken);
        return await db.AssociatedTechniques.AsNoTracking().Where(a => techniqueId == null || a.TechniqueId == techniqueId)
            .ToPageAsync(a => a.Id, AssociatedTechniqueResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>Gets an association by id (any letter case).</summary>
    /// <param name="id" example="AT00000001">The association's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    [ProducesResponseType<AssociatedTechniqueResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<AssociatedTechniqueResponse> Get(string id, CancellationToken cancellationToken) =>
        AssociatedTechniqueResponse.From(await db.ReadByRouteIdAsync<AssociatedTechnique>(DisarmIds.AssociatedTechnique, id, cancellationToken));

    /// <summary>Creates an association between two existing techniques. Needs an admin key.</summary>
    [HttpPost]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<AssociatedTechniqueResponse>(StatusCodes.Status201Created)]
    [WriteProblems]
    public async Task<ActionResult<AssociatedTechniqueResponse>> Create(AssociatedTechniqueRequest request, CancellationToken cancellationToken)
    {
        var (techniqueId, associatedId) = await TechniquesAsync(request, cancellationToken);
        var association = new AssociatedTechnique(request.Id!, techniqueId, associatedId, request.Description);
        await db.AddNewAsync(association, association.Id, DisarmIds.AssociatedTechnique, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = association.Id }, AssociatedTechniqueResponse.From(association));
    }

    /// <summary>Replaces an association's fields. Needs an admin key.</summary>
    /// <param name="id" example="AT00000001">The association's DISARM id.</param>
    /// <param name="request">The association's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<AssociatedTechniqueResponse>(StatusCodes.Status200OK)]
    [WriteProblems]
    public async Task<AssociatedTechniqueResponse> Replace(string id, AssociatedTechniqueRequest request, CancellationToken cancellationToken)
    {
        var association = await db.AssociatedTechniques.SingleByRouteIdAsync(DisarmIds.AssociatedTechnique, id, cancellationToken);
        var (techniqueId, associatedId) = await TechniquesAsync(request, cancellationToken);
        association.Update(techniqueId, associatedId, request.Description);
        await db.SaveChangesAsync(cancellationToken);
        return AssociatedTechniqueResponse.From(association);
    }

    /// <summary>Deletes an association. Needs an admin key.</summary>
    /// <param name="id" example="AT00000001">The association's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [DeleteProblems]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await deletion.DeleteAsync<AssociatedTechnique>(DisarmIds.AssociatedTechnique, id, cancellationToken);
        return NoContent();
    }

    private async Task<(string TechniqueId, string AssociatedId)> TechniquesAsync(AssociatedTechniqueRequest request, CancellationToken cancellationToken) =>
        ((await db.RequireAsync<Technique>(request.TechniqueId, DisarmIds.Technique, "techniqueId", cancellationToken))!,
         (await db.RequireAsync<Technique>(request.AssociatedTechniqueId, DisarmIds.Technique, "associatedTechniqueId", cancellationToken))!);
}
