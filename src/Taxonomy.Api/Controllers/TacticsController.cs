using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts;
using Taxonomy.Api.Contracts.Tactics;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Pages;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Api.Security;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>Tactics (TA01 … TA18): the stages of an operation, each inside a phase.</summary>
[ApiController]
[Route("api/v1/tactics")]
public sealed class TacticsController(TaxonomyDbContext db, Deletion deletion, ListTotals totals) : ControllerBase
{
    /// <summary>Lists tactics, optionally of one phase, ordered by id or, with sort=rank, in DISARM's order.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<TacticResponse>>(StatusCodes.Status200OK)]
    [ListProblems]
    public async Task<PagedList<TacticResponse>> List([FromQuery(Name = "")] TacticListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var phaseId = await db.FilterAsync<Phase>(query.PhaseId, DisarmIds.Phase, "phaseId", cancellationToken);
        var tactics = db.Tactics.AsNoTracking().Where(t => phaseId == null || t.PhaseId == phaseId);
        return query.Sort == RankOrder.Rank
            ? await tactics.OrderBy(t => t.Rank).ThenBy(t => t.Id).Select(TacticResponse.Projection).ToPageAsync(paging, totals, cancellationToken)
            : await tactics.ToPageAsync(t => t.Id, TacticResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>Gets a tactic by id (any letter case). Send Accept: text/markdown for DISARM's page of it instead.</summary>
    /// <param name="id" example="TA06">The tactic's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [MarkdownPage("tactics")]
    [HttpGet("{id}")]
    [ProducesResponseType<TacticResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<TacticResponse> Get(string id, CancellationToken cancellationToken) =>
        TacticResponse.From(await db.ReadByRouteIdAsync<Tactic>(DisarmIds.Tactic, id, cancellationToken));

    /// <summary>Creates a tactic in an existing phase. Needs an admin key.</summary>
    [HttpPost]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<TacticResponse>(StatusCodes.Status201Created)]
    [WriteProblems]
    public async Task<ActionResult<TacticResponse>> Create(TacticRequest request, CancellationToken cancellationToken)
    {
        var phaseId = await db.RequireAsync<Phase>(request.PhaseId, DisarmIds.Phase, "phaseId", cancellationToken);
        var tactic = new Tactic(request.Id!, request.Name!, phaseId!, request.Rank!.Value, request.Summary);
        await db.AddNewAsync(tactic, tactic.Id, DisarmIds.Tactic, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = tactic.Id }, TacticResponse.From(tactic));
    }

    /// <summary>Replaces a tactic's fields. Needs an admin key.</summary>
    /// <param name="id" example="TA06">The tactic's DISARM id.</param>
    /// <param name="request">The tactic's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<TacticResponse>(StatusCodes.Status200OK)]
    [WriteProblems]
    public async Task<TacticResponse> Replace(string id, TacticRequest request, CancellationToken cancellationToken)
    {
        var tactic = await db.Tactics.SingleByRouteIdAsync(DisarmIds.Tactic, id, cancellationToken);
        var phaseId = await db.RequireAsync<Phase>(request.PhaseId, DisarmIds.Phase, "phaseId", cancellationToken);
        tactic.Update(request.Name!, phaseId!, request.Rank!.Value, request.Summary);
        await db.SaveChangesAsync(cancellationToken);
        return TacticResponse.From(tactic);
    }

    /// <summary>Deletes a tactic that no technique, task, counter or detection references. Needs an admin key.</summary>
    /// <param name="id" example="TA06">The tactic's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [DeleteProblems]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await deletion.DeleteAsync<Tactic>(DisarmIds.Tactic, id, cancellationToken);
        return NoContent();
    }
}
