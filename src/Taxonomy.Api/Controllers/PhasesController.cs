using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts;
using Taxonomy.Api.Contracts.Phases;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Pages;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Api.Security;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>The phases of an operation (P01 Plan, P02 Prepare, P03 Execute, P04 Assess).</summary>
[ApiController]
[Route("api/v1/phases")]
public sealed class PhasesController(TaxonomyDbContext db, Deletion deletion, ListTotals totals) : ControllerBase
{
    /// <summary>Lists phases, ordered by id or, with sort=rank, in DISARM's order.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<PhaseResponse>>(StatusCodes.Status200OK)]
    [ListProblems]
    public Task<PagedList<PhaseResponse>> List([FromQuery(Name = "")] PhaseListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var phases = db.Phases.AsNoTracking();
        return query.Sort == RankOrder.Rank
            ? phases.OrderBy(p => p.Rank).ThenBy(p => p.Id).Select(PhaseResponse.Projection).ToPageAsync(paging, totals, cancellationToken)
            : phases.ToPageAsync(p => p.Id, PhaseResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>Gets a phase by id (any letter case). Send Accept: text/markdown for DISARM's page of it instead.</summary>
    /// <param name="id" example="P02">The phase's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [MarkdownPage("phases")]
    [HttpGet("{id}")]
    [ProducesResponseType<PhaseResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<PhaseResponse> Get(string id, CancellationToken cancellationToken) =>
        PhaseResponse.From(await db.ReadByRouteIdAsync<Phase>(DisarmIds.Phase, id, cancellationToken));

    /// <summary>Creates a phase. Needs an admin key.</summary>
    [HttpPost]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<PhaseResponse>(StatusCodes.Status201Created)]
    [WriteProblems]
    public async Task<ActionResult<PhaseResponse>> Create(PhaseRequest request, CancellationToken cancellationToken)
    {
        var phase = new Phase(request.Id!, request.Name!, request.Rank!.Value, request.Summary);
        await db.AddNewAsync(phase, phase.Id, DisarmIds.Phase, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = phase.Id }, PhaseResponse.From(phase));
    }

    /// <summary>Replaces a phase's fields. Needs an admin key.</summary>
    /// <param name="id" example="P02">The phase's DISARM id.</param>
    /// <param name="request">The phase's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<PhaseResponse>(StatusCodes.Status200OK)]
    [WriteProblems]
    public async Task<PhaseResponse> Replace(string id, PhaseRequest request, CancellationToken cancellationToken)
    {
        var phase = await db.Phases.SingleByRouteIdAsync(DisarmIds.Phase, id, cancellationToken);
        phase.Update(request.Name!, request.Rank!.Value, request.Summary);
        await db.SaveChangesAsync(cancellationToken);
        return PhaseResponse.From(phase);
    }

    /// <summary>Deletes a phase that no tactic belongs to. Needs an admin key.</summary>
    /// <param name="id" example="P02">The phase's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [DeleteProblems]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await deletion.DeleteAsync<Phase>(DisarmIds.Phase, id, cancellationToken);
        return NoContent();
    }
}
